export { demoAppClient, demoAppPath } from './demo-app.client.js';
