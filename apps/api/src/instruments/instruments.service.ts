import {
  NATURAL_KEY_FIELDS,
  type CreateInstrumentRequest,
  type Instrument,
  type InstrumentHistoryResponse,
  type InstrumentListQuery,
  type InstrumentListResponse,
  type UpdateInstrumentRequest,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SharedCountries } from '../analytics/shared-countries.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { isUniqueViolation } from '../common/unique-violation.js';
import { Transactions } from '../db/transactions/transactions.js';
import { ReferenceService } from '../reference/reference.service.js';
import { assertCanManage, assertCanRead, readableCountries } from './instrument.access.js';
import {
  concurrentInstrumentWrite,
  duplicateInstrument,
  instrumentNotFound,
  unknownCountry,
  versionConflict,
} from './instrument.errors.js';
import { InstrumentRepository } from './instrument.repository.js';
import { toInstrument, toInstrumentWrite, type InstrumentRow, type InstrumentWrite } from './instrument-rows.js';
import { InstrumentRevisionRepository } from './instrument-revision.repository.js';

const actorOf = (user: AuthenticatedUser) => ({ id: user.id, email: user.email });

/** Recording, reading, changing and deleting instruments; every write and its history line commit together. */
@Injectable()
export class InstrumentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly instruments: InstrumentRepository,
    private readonly revisions: InstrumentRevisionRepository,
    private readonly references: ReferenceService,
    private readonly shared: SharedCountries,
  ) {}

  async list(user: AuthenticatedUser, query: InstrumentListQuery): Promise<InstrumentListResponse> {
    const countries = readableCountries(user, query.country, await this.shared.get());
    if (countries !== null && countries.length === 0) return { instruments: [] };
    const rows = await this.instruments.findInstruments({ countries, kind: query.kind, year: query.year });
    return { instruments: rows.map(toInstrument) };
  }

  async get(user: AuthenticatedUser, id: string): Promise<Instrument> {
    const row = await this.instruments.findInstrument(id);
    if (!row) throw instrumentNotFound(id);
    assertCanRead(user, row.country_iso3, await this.shared.get());
    return toInstrument(row);
  }

  async create(user: AuthenticatedUser, request: CreateInstrumentRequest): Promise<Instrument> {
    await this.assertKnownCountry(request.country);
    assertCanManage(user, request.country);
    const write = toInstrumentWrite(request);
    return this.run(async (tx) => {
      await this.assertKeyFree(tx, write, null);
      const created = await this.instruments.insertInstruments(tx, [write], { source: 'entered', userId: user.id });
      const row = created.get(write.naturalKey);
      if (!row) throw concurrentInstrumentWrite();
      const after = toInstrument(row);
      await this.revisions.insertRevisions(tx, [
        { recordId: row.id, revision: 1, actor: actorOf(user), action: 'created', before: null, after },
      ]);
      return after;
    });
  }

  /** The whole record as it should be; `version` must be the stored one. */
  async update(user: AuthenticatedUser, id: string, request: UpdateInstrumentRequest): Promise<Instrument> {
    await this.assertKnownCountry(request.country);
    return this.run(async (tx) => {
      const before = await this.lockForWrite(tx, user, id, request.version);
      assertCanManage(user, request.country);
      const write = toInstrumentWrite(request);
      await this.assertKeyFree(tx, write, id);
      const updated = await this.instruments.updateInstruments(tx, [{ ...write, id, version: request.version }], null);
      const row = updated.get(id);
      if (!row) throw versionConflict(before.version, request.version);
      const after = toInstrument(row);
      await this.revisions.insertRevisions(tx, [
        {
          recordId: id,
          revision: row.version,
          actor: actorOf(user),
          action: 'updated',
          before: toInstrument(before),
          after,
        },
      ]);
      return after;
    });
  }

  async delete(user: AuthenticatedUser, id: string, version: number): Promise<void> {
    await this.run(async (tx) => {
      const before = await this.lockForWrite(tx, user, id, version);
      if (!(await this.instruments.deleteInstrument(tx, id, version))) throw versionConflict(before.version, version);
      await this.revisions.insertRevisions(tx, [
        {
          recordId: id,
          revision: before.version,
          actor: actorOf(user),
          action: 'deleted',
          before: toInstrument(before),
          after: null,
        },
      ]);
    });
  }

  /** A deleted instrument's history stays readable by those who could read it. */
  async history(user: AuthenticatedUser, id: string): Promise<InstrumentHistoryResponse> {
    const revisions = await this.revisions.findRevisions(id);
    const row = await this.instruments.findInstrument(id);
    const country = row?.country_iso3 ?? revisions.at(-1)?.before?.country;
    if (country === undefined) throw instrumentNotFound(id);
    assertCanRead(user, country, await this.shared.get());
    return { instrumentId: id, revisions };
  }

  /** The row locked, readable and manageable by the caller, at the version the caller read. */
  private async lockForWrite(
    tx: EntityManager,
    user: AuthenticatedUser,
    id: string,
    version: number,
  ): Promise<InstrumentRow> {
    const before = await this.instruments.lockInstrument(tx, id);
    if (!before) throw instrumentNotFound(id);
    assertCanRead(user, before.country_iso3, await this.shared.get());
    assertCanManage(user, before.country_iso3);
    if (before.version !== version) throw versionConflict(before.version, version);
    return before;
  }

  /** 409 naming the record that already holds the natural key (other than `self`). */
  private async assertKeyFree(tx: EntityManager, write: InstrumentWrite, self: string | null): Promise<void> {
    const clash = (await this.instruments.lockByNaturalKeys(tx, [write.naturalKey])).get(write.naturalKey);
    if (clash && clash.id !== self)
      throw duplicateInstrument(
        { id: clash.id, kind: clash.kind, country: clash.country_iso3, title: clash.title, from: clash.valid_from },
        NATURAL_KEY_FIELDS[write.kind],
      );
  }

  private async assertKnownCountry(country: string): Promise<void> {
    if (!(await this.references.country(country))) throw unknownCountry(country);
  }

  /** A unique violation here is a concurrent writer's: a 409, never a 500. */
  private run<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(work).catch((error: unknown) => {
      throw isUniqueViolation(error) ? concurrentInstrumentWrite() : error;
    });
  }
}
