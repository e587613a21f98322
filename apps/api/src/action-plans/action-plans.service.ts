import {
  type Action,
  type ActionHistoryResponse,
  type ActionPlanResponse,
  type ActionRevisionKind,
  type CreateActionRequest,
  type UpdateActionRequest,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '../auth/principal.js';
import { invalidField } from '../common/field-errors.js';
import { Transactions } from '../db/transactions/transactions.js';
import { MethodologyService } from '../methodology/methodology.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { assertCanComment, assertCanEditPlan, assertCanReadPlan } from './action-plan.access.js';
import { actionNotFound, countryNotFound, versionConflict } from './action-plan.errors.js';
import { planOf } from './action-plan-view.js';
import { ActionRepository } from './action.repository.js';
import { ActionRevisionRepository } from './action-revision.repository.js';
import { toAction, todayUtc, writeOf, type ActionRow } from './action-rows.js';
import { applyChanges, createdWrite, PLAN_FIELDS } from './action-writes.js';

const actorOf = (user: AuthenticatedUser) => ({ id: user.id, email: user.email });

/** A country's action plan: reading it with its candidates and closures, and every write with its history line. */
@Injectable()
export class ActionPlansService {
  constructor(
    private readonly transactions: Transactions,
    private readonly actions: ActionRepository,
    private readonly revisions: ActionRevisionRepository,
    private readonly references: ReferenceService,
    private readonly methodology: MethodologyService,
  ) {}

  async plan(user: AuthenticatedUser, iso3: string): Promise<ActionPlanResponse> {
    await this.assertKnownCountry(iso3);
    assertCanReadPlan(user, iso3);
    const version = await this.methodology.defaultVersion();
    const [rows, assessments] = await Promise.all([
      this.actions.findCountryActions(iso3),
      this.actions.findCountedAssessments(iso3, version),
    ]);
    return planOf(iso3, version, rows, assessments, todayUtc());
  }

  async create(user: AuthenticatedUser, iso3: string, request: CreateActionRequest): Promise<Action> {
    await this.assertKnownCountry(iso3);
    assertCanEditPlan(user, iso3);
    await this.assertInstrumentOf(iso3, request.instrumentId);
    const write = createdWrite(iso3, request, new Date());
    return this.transactions.run(async (tx) => {
      const row = await this.actions.insertAction(tx, write, { userId: user.id, source: 'entered' });
      const after = toAction(row);
      await this.revisions.insertRevisions(tx, [
        { recordId: row.id, revision: 1, actor: actorOf(user), action: 'created', before: null, after },
      ]);
      return after;
    });
  }

  /** The fields sent change; `version` must be the stored one. */
  async update(user: AuthenticatedUser, iso3: string, id: string, request: UpdateActionRequest): Promise<Action> {
    const changesPlan = PLAN_FIELDS.some((field) => request[field] !== undefined);
    const comments = request.analystComment !== undefined;
    if (request.instrumentId) await this.assertInstrumentOf(iso3, request.instrumentId);
    return this.transactions.run(async (tx) => {
      const before = await this.lockForWrite(tx, user, iso3, id);
      if (changesPlan || !comments) assertCanEditPlan(user, iso3);
      if (comments) assertCanComment(user, iso3);
      if (before.version !== request.version) throw versionConflict(before.version, request.version);
      const write = applyChanges(writeOf(before), request, new Date());
      const row = await this.actions.updateAction(tx, id, request.version, write);
      if (!row) throw versionConflict(before.version, request.version);
      const after = toAction(row);
      const kind: ActionRevisionKind = changesPlan || !comments ? 'updated' : 'commented';
      await this.revisions.insertRevisions(tx, [
        { recordId: id, revision: row.version, actor: actorOf(user), action: kind, before: toAction(before), after },
      ]);
      return after;
    });
  }

  async delete(user: AuthenticatedUser, iso3: string, id: string, version: number): Promise<void> {
    await this.transactions.run(async (tx) => {
      const before = await this.lockForWrite(tx, user, iso3, id);
      assertCanEditPlan(user, iso3);
      if (before.version !== version || !(await this.actions.deleteAction(tx, id, version)))
        throw versionConflict(before.version, version);
      await this.revisions.insertRevisions(tx, [
        {
          recordId: id,
          revision: before.version,
          actor: actorOf(user),
          action: 'deleted',
          before: toAction(before),
          after: null,
        },
      ]);
    });
  }

  /** A deleted action's history stays readable by those who could read its plan. */
  async history(user: AuthenticatedUser, iso3: string, id: string): Promise<ActionHistoryResponse> {
    await this.assertKnownCountry(iso3);
    const revisions = await this.revisions.findRevisions(id);
    const row = await this.actions.findAction(id);
    const country = row?.country_iso3 ?? revisions.at(-1)?.before?.country;
    if (country !== iso3) throw actionNotFound(id);
    assertCanReadPlan(user, iso3);
    return { actionId: id, revisions };
  }

  /** The row locked, of this country's plan, readable by the caller. */
  private async lockForWrite(tx: EntityManager, user: AuthenticatedUser, iso3: string, id: string): Promise<ActionRow> {
    const before = await this.actions.lockAction(tx, id);
    if (!before || before.country_iso3 !== iso3) {
      await this.assertKnownCountry(iso3);
      throw actionNotFound(id);
    }
    assertCanReadPlan(user, iso3);
    return before;
  }

  /** A linked register record must exist and be the same country's. */
  private async assertInstrumentOf(iso3: string, instrumentId: string | null): Promise<void> {
    if (instrumentId === null) return;
    const country = await this.actions.instrumentCountry(instrumentId);
    if (country === null)
      throw invalidField('instrumentId', `no register record ${instrumentId}`, 'invalid', { value: instrumentId });
    if (country !== iso3)
      throw invalidField(
        'instrumentId',
        `the register record ${instrumentId} is ${country}'s, not ${iso3}'s`,
        'invalid',
        {
          value: instrumentId,
        },
      );
  }

  private async assertKnownCountry(iso3: string): Promise<void> {
    if (!(await this.references.country(iso3))) throw countryNotFound(iso3);
  }
}
