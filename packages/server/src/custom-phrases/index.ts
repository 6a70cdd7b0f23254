export { registerCustomPhraseRoutes, registerPublicPhraseRoutes } from './custom-phrases.routes.js';
export { type CustomPhrasesService, createCustomPhrasesService } from './custom-phrases.service.js';
export { createCustomPhrasesStore } from './custom-phrases.store.js';
