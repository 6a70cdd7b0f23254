export { registerEmailTemplateRoutes } from './email-templates.routes.js';
export { createEmailTemplatesService, type EmailTemplatesService } from './email-templates.service.js';
export { createEmailTemplatesStore } from './email-templates.store.js';
