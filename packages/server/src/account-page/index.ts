export { accountPageClient, accountPageClientId, accountPagePath } from './account-page.client.js';
