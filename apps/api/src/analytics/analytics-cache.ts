import { Injectable } from '@nestjs/common';
import { DataVersionRepository } from './data-version.repository.js';

const MAX_ENTRIES = 500;

/**
 * Aggregates keyed by their query, each stamped with the data version it was computed at. An entry
 * is only served while the database's data version is unchanged, so a write anywhere invalidates it.
 */
@Injectable()
export class AnalyticsCache {
  private readonly entries = new Map<string, { version: string; value: unknown }>();

  constructor(private readonly versions: DataVersionRepository) {}

  /** `key` must name everything the value depends on (kind of figure and its query), but not the reader. */
  async getOrCompute<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await this.versions.findDataVersion();
    const hit = this.entries.get(key);
    if (hit?.version === version) return hit.value as T;
    const value = await compute();
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { version, value });
    return value;
  }
}
