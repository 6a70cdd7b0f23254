export { type ActivityRecorder, createActivityRecorder } from './activity-recorder.js';
export { registerDashboardRoutes } from './dashboard.routes.js';
export { createDashboardService, type DashboardService } from './dashboard.service.js';
export { createDashboardStore, type DashboardStore } from './dashboard.store.js';
