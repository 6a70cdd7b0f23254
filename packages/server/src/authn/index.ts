export { type HasuraDeps, registerHasuraRoute } from './hasura.routes.js';
