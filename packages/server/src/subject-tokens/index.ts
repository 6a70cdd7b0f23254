export { registerSubjectTokenRoutes } from './subject-tokens.routes.js';
export {
  createSubjectTokens,
  type SubjectTokenRefusal,
  type SubjectTokens,
  subjectTokenTtlSeconds,
} from './subject-tokens.service.js';
export { createSubjectTokensStore } from './subject-tokens.store.js';
