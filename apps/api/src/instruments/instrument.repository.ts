import type { InstrumentKind } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { updateReturning } from '../common/update-returning.js';
import type { InstrumentSource } from '../db/entities/instrument.entity.js';
import type { InstrumentRow, InstrumentWrite } from './instrument-rows.js';
import {
  COUNT_INSTRUMENTS_SQL,
  DELETE_INSTRUMENT_SQL,
  INSERT_INSTRUMENTS_SQL,
  INSTRUMENT_SQL,
  INSTRUMENTS_SQL,
  LOCK_BY_NATURAL_KEYS_SQL,
  LOCK_INSTRUMENT_SQL,
  UPDATE_INSTRUMENTS_SQL,
} from './instrument.sql.js';

/** A write of an existing record, applied only if its version is still `version`. */
export type InstrumentUpdate = InstrumentWrite & { id: string; version: number };

/** Rows per statement of a bulk write. */
const CHUNK = 1000;

function recordOf(w: InstrumentWrite): Record<string, unknown> {
  return {
    country: w.country,
    kind: w.kind,
    title: w.title,
    valid_from: w.from,
    valid_to: w.to,
    details: w.details,
    notes: w.notes,
    natural_key: w.naturalKey,
  };
}

/** The register's rows: reads, the locks every write starts with, and set-based writes (one or many rows). */
@Injectable()
export class InstrumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countInstruments(): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(COUNT_INSTRUMENTS_SQL);
    return rows[0]?.n ?? 0;
  }

  /** `countries` null: every country. */
  async findInstruments(
    filter: { countries: string[] | null; kind?: InstrumentKind; year?: number },
    manager?: EntityManager,
  ): Promise<InstrumentRow[]> {
    return (manager ?? this.dataSource).query(INSTRUMENTS_SQL, [
      filter.countries,
      filter.kind ?? null,
      filter.year ?? null,
    ]);
  }

  async findInstrument(id: string, manager?: EntityManager): Promise<InstrumentRow | null> {
    const rows: InstrumentRow[] = await (manager ?? this.dataSource).query(INSTRUMENT_SQL, [id]);
    return rows[0] ?? null;
  }

  /** The row, locked until the transaction ends, so that concurrent writes queue up. */
  async lockInstrument(manager: EntityManager, id: string): Promise<InstrumentRow | null> {
    const rows: InstrumentRow[] = await manager.query(LOCK_INSTRUMENT_SQL, [id]);
    return rows[0] ?? null;
  }

  /** The records holding these natural keys, locked, by natural key. */
  async lockByNaturalKeys(manager: EntityManager, keys: string[]): Promise<Map<string, InstrumentRow>> {
    const found = new Map<string, InstrumentRow>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows: InstrumentRow[] = await manager.query(LOCK_BY_NATURAL_KEYS_SQL, [keys.slice(i, i + CHUNK)]);
      for (const row of rows) found.set(row.natural_key, row);
    }
    return found;
  }

  /** New rows at version 1, by natural key; a natural key already on record is left out (no row). */
  async insertInstruments(
    manager: EntityManager,
    writes: InstrumentWrite[],
    author: { source: InstrumentSource; userId: string | null },
  ): Promise<Map<string, InstrumentRow>> {
    const created = new Map<string, InstrumentRow>();
    for (let i = 0; i < writes.length; i += CHUNK) {
      const rows: InstrumentRow[] = await manager.query(INSERT_INSTRUMENTS_SQL, [
        JSON.stringify(writes.slice(i, i + CHUNK).map(recordOf)),
        author.source,
        author.userId,
      ]);
      for (const row of rows) created.set(row.natural_key, row);
    }
    return created;
  }

  /** Rows replaced where their version is still the one given, by id; `source` null keeps each row's. */
  async updateInstruments(
    manager: EntityManager,
    updates: InstrumentUpdate[],
    source: InstrumentSource | null,
  ): Promise<Map<string, InstrumentRow>> {
    const updated = new Map<string, InstrumentRow>();
    for (let i = 0; i < updates.length; i += CHUNK) {
      const chunk = updates.slice(i, i + CHUNK).map((u) => ({ ...recordOf(u), id: u.id, version: u.version }));
      const rows = await updateReturning<InstrumentRow>(manager, UPDATE_INSTRUMENTS_SQL, [
        JSON.stringify(chunk),
        source,
      ]);
      for (const row of rows) updated.set(row.id, row);
    }
    return updated;
  }

  /** True when deleted; false when the version is stale. */
  async deleteInstrument(manager: EntityManager, id: string, version: number): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(manager, DELETE_INSTRUMENT_SQL, [id, version]);
    return rows.length > 0;
  }
}
