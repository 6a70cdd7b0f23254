export { builtInPageClient, demoAppClient, demoAppPath } from './demo-app.client.js';
