import { randomUUID } from 'node:crypto';

/** What a subscriber hears: one key changed, or (no key) anything under the topic may have. */
export type Invalidated = (key: string | undefined) => void;

/** Carries invalidations to the other processes (PostgreSQL NOTIFY, or the cluster's primary). */
export interface CacheTransport {
  send(message: InvalidationMessage): void;
  close(): Promise<void>;
}

export interface InvalidationMessage {
  /** The sending process, so it ignores its own message when it comes back. */
  node: string;
  topic: string;
  key?: string;
}

/**
 * Cache invalidation across workers and nodes. A service calls `publish(topic, key)` after its
 * write; every cache that subscribed to the topic drops the entry on this process at once, and
 * again once the request's transaction has ended (a read inside the transaction may have cached
 * what it wrote), then on every other process through the transport. A transport that may have
 * missed messages (a listener reconnecting) calls `dropAll`.
 */
export function createInvalidation(deps: {
  /** Defers a step until the request's database transaction has ended (storage/ambient-transaction.ts). */
  afterTransaction?: (fn: () => void) => void;
}) {
  const node = randomUUID();
  const subscribers = new Map<string, Set<Invalidated>>();
  let transport: CacheTransport | undefined;

  function deliver(topic: string, key: string | undefined): void {
    for (const fn of subscribers.get(topic) ?? []) fn(key);
  }

  const bus = {
    node,
    publish(topic: string, key?: string): void {
      deliver(topic, key);
      const spread = () => {
        deliver(topic, key);
        transport?.send({ node, topic, ...(key !== undefined && { key }) });
      };
      if (deps.afterTransaction) deps.afterTransaction(spread);
      else spread();
    },
    subscribe(topic: string, fn: Invalidated): () => void {
      const set = subscribers.get(topic) ?? new Set<Invalidated>();
      subscribers.set(topic, set);
      set.add(fn);
      return () => set.delete(fn);
    },
    /** A message from another process. */
    receive(message: InvalidationMessage): void {
      if (message.node !== node) deliver(message.topic, message.key);
    },
    /** Drops everything every cache holds (messages may have been missed). */
    dropAll(): void {
      for (const topic of subscribers.keys()) deliver(topic, undefined);
    },
    attach(next: CacheTransport): void {
      transport = next;
    },
    async close(): Promise<void> {
      await transport?.close();
      transport = undefined;
    },
  };
  return bus;
}

export type Invalidation = ReturnType<typeof createInvalidation>;

/** The publish/subscribe pair a realm's services use: topics prefixed with the realm, so realms never share entries. */
export interface CacheTopics {
  publish(topic: string, key?: string): void;
  subscribe(topic: string, fn: Invalidated): () => void;
}

export function realmTopics(bus: CacheTopics, realm: string): CacheTopics {
  return {
    publish: (topic, key) => bus.publish(`${realm}.${topic}`, key),
    subscribe: (topic, fn) => bus.subscribe(`${realm}.${topic}`, fn),
  };
}

/** No other process: for tests of one service and for the CLI on SQLite. */
export const localTopics = (): CacheTopics => createInvalidation({});

/**
 * Runs `reload` whenever the topic is published (state held whole in memory, such as the
 * provider's keys): one run at a time, and a publish during a run is followed by one more.
 */
export function reloadOn(
  topics: CacheTopics,
  topic: string,
  reload: () => Promise<unknown>,
  onError: (err: unknown) => void,
): void {
  let running = false;
  let again = false;
  topics.subscribe(topic, () => {
    again = true;
    if (running) return;
    running = true;
    void (async () => {
      while (again) {
        again = false;
        await reload().catch(onError);
      }
      running = false;
    })();
  });
}
