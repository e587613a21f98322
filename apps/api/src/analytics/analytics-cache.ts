import { type Principal, receivesProtectedFigures } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { shareJson } from '../common/shared-json.js';
import { withReadFloor } from '../db/replicas/read-floor.js';
import { DataVersionTracker } from './data-version-tracker.js';

const MAX_ENTRIES = 500;

interface Entry {
  version: string;
  value: unknown;
  /** Views of the value by reader (readerKey), derived once. */
  views: Map<string, object>;
}

/**
 * What a view may depend on: global roles see every cell and country exactly; a national user sees protected
 * figures, and the country details of its own country and of those that share theirs.
 */
function readerKey(reader: Principal): string {
  return receivesProtectedFigures(reader) ? `national:${reader.country ?? ''}` : 'global';
}

/**
 * Aggregates keyed by their query, each stamped with the data version it was computed at. An entry
 * is only served while the database's data version is unchanged, so a write anywhere invalidates it.
 */
@Injectable()
export class AnalyticsCache {
  private readonly entries = new Map<string, Entry>();
  /** Computations under way, by version and key: concurrent requests after a write wait for one of them. */
  private readonly computing = new Map<string, Promise<Entry>>();

  constructor(private readonly versions: DataVersionTracker) {}

  /**
   * The reader's view of a cached value. `key` must name everything the value depends on (kind of figure and
   * its query), but not the reader. `view` may depend on the value and on the reader's role class and
   * country only; its result is shared by every such reader and must not be mutated.
   */
  async getView<T, V extends object>(
    key: string,
    compute: () => Promise<T>,
    reader: Principal,
    view: (value: T) => V,
  ): Promise<V> {
    const entry = await this.entry(key, compute);
    const forReader = readerKey(reader);
    let derived = entry.views.get(forReader);
    if (!derived) {
      derived = shareJson(view(entry.value as T));
      entry.views.set(forReader, derived);
    }
    return derived as V;
  }

  /** A cached value itself, for values every reader shares (e.g. which countries share their figures). */
  async getValue<T>(key: string, compute: () => Promise<T>): Promise<T> {
    return (await this.entry(key, compute)).value as T;
  }

  private async entry(key: string, compute: () => Promise<unknown>): Promise<Entry> {
    const version = await this.versions.current();
    const hit = this.entries.get(key);
    if (hit?.version === version) return hit;
    const flightKey = `${version} ${key}`;
    let flight = this.computing.get(flightKey);
    if (!flight) {
      flight = this.computeEntry(key, version, compute).finally(() => this.computing.delete(flightKey));
      this.computing.set(flightKey, flight);
    }
    return flight;
  }

  private async computeEntry(key: string, version: string, compute: () => Promise<unknown>): Promise<Entry> {
    // Computed from data at least as new as `version` (a replica behind it is not read), as it is cached under it.
    const value = await withReadFloor(BigInt(version), compute);
    const entry = { version, value, views: new Map<string, object>() };
    this.entries.delete(key);
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, entry);
    return entry;
  }
}
