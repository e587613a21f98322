import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The data version an answer under computation will be cached under (AnalyticsCache). Every read made for it,
 * however deep in the call, must see data at least that new: a replica that has not replayed that version
 * yet would give an answer older than its cache key, served as current until the next write.
 */
const floors = new AsyncLocalStorage<bigint>();

/** Runs `compute` with every read it makes required to see data version `version` or later. */
export function withReadFloor<T>(version: bigint, compute: () => Promise<T>): Promise<T> {
  return floors.run(version, compute);
}

/** The data version the current computation needs, if it is one an AnalyticsCache entry is made from. */
export function currentReadFloor(): bigint | undefined {
  return floors.getStore();
}
