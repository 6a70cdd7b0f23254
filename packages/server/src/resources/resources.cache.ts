import type { CacheTopics } from '../cache/invalidation.js';
import { createSharedCache } from '../cache/shared-cache.js';
import type { ResourceRow, ResourcesStore } from './resources.store.js';

/**
 * The resources store with the token path's two lookups (by indicator, the default resource)
 * cached: every write through it publishes `resources`, so every node drops them.
 */
export function withResourceCache(store: ResourcesStore, cache: CacheTopics, clock: () => number): ResourcesStore {
  const rows = createSharedCache<ResourceRow | undefined>(cache, 'resources', { clock });
  const { publishing } = rows;
  return {
    ...store,
    findByIndicator: (indicator) =>
      rows.get(`indicator:${indicator}`, () => store.findByIndicator(indicator)) as ReturnType<
        ResourcesStore['findByIndicator']
      >,
    findDefault: () => rows.get('default', () => store.findDefault()),
    insert: publishing(store.insert),
    update: publishing(store.update),
    setDefault: publishing(store.setDefault),
    delete: publishing(store.delete),
  };
}
