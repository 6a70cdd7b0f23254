export { compact, errorOf, recordAfter, requestOrigin } from './audit-entry.js';
export { createLogWriter, type LogWriter } from './log-writer.js';
export { registerLogRoutes } from './logs.routes.js';
export type { Log, LogPayload } from './logs.schemas.js';
export { createLogsService, type LogsService } from './logs.service.js';
export { createLogsStore } from './logs.store.js';
export { auditManagementWrites } from './management-audit.js';
