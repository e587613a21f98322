import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../db/transactions/transactions.js';
import { AssessmentRepository } from '../assessments/assessment.repository.js';
import { ScoresRepository } from '../assessments/scores.repository.js';
import { OperationResultRepository, type ResultWrite } from '../operations/operation-result.repository.js';
import { OperationRepository } from '../operations/operation.repository.js';
import { toResultWrite } from '../operations/result-write.js';
import { OperationRollupRepository } from '../operations/operation-rollup.repository.js';
import { JointUnitRepository } from '../operations/joint-units.repository.js';
import { InstrumentRepository } from '../instruments/instrument.repository.js';
import { toInstrumentWrite } from '../instruments/instrument-rows.js';
import { ActionRepository } from '../action-plans/action.repository.js';
import { todayUtc } from '../action-plans/action-rows.js';
import { buildDemoActionPlans } from './demo-action-plans.js';
import { buildDemoInstruments } from './demo-instruments-plan.js';
import { buildDemoOperations, type DemoOperation } from './demo-operations-plan.js';
import { buildDemoPlan, type DemoAssessment } from './demo-plan.js';

@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly transactions: Transactions,
    private readonly assessments: AssessmentRepository,
    private readonly scores: ScoresRepository,
    private readonly operations: OperationRepository,
    private readonly results: OperationResultRepository,
    private readonly rollup: OperationRollupRepository,
    private readonly units: JointUnitRepository,
    private readonly instruments: InstrumentRepository,
    private readonly actions: ActionRepository,
  ) {}

  /** Loads the synthetic demo assessments, operations and instruments, each only into a database that holds none. */
  async loadIfEmpty(): Promise<boolean> {
    const needsAssessments = (await this.assessments.countAssessments()) === 0;
    const needsOperations = (await this.operations.countOperations()) === 0;
    const needsInstruments = (await this.instruments.countInstruments()) === 0;
    const needsActions = (await this.actions.countActions()) === 0;
    if (!needsAssessments && !needsOperations && !needsInstruments && !needsActions) return false;
    // Built only when something is missing: scoring the whole plan is the costly part of a start.
    const plan = buildDemoPlan();
    if (needsAssessments) {
      await this.transactions.run(async (tx) => {
        await this.insertAssessments(tx, plan);
        await this.assessments.analyzeTables(tx);
      });
      this.logger.log(`Loaded ${plan.length} synthetic demo assessments`);
    }
    const operations = buildDemoOperations(plan);
    // The register first: the operation results name its joint units.
    if (needsInstruments) {
      const writes = buildDemoInstruments(plan, operations).map(toInstrumentWrite);
      await this.transactions.run((tx) =>
        this.instruments.insertInstruments(tx, writes, { source: 'demo', userId: null }),
      );
      this.logger.log(`Loaded ${writes.length} synthetic demo instruments`);
    }
    if (needsOperations) {
      await this.transactions.run((tx) => this.insertOperations(tx, operations));
      await this.operations.analyzeTables();
      this.logger.log(`Loaded ${operations.length} synthetic demo operations`);
    }
    if (needsActions) await this.insertActionPlans(plan);
    return true;
  }

  /** Plausible national action plans from the demo assessments' gaps (demo-action-plans.ts). */
  private async insertActionPlans(plan: DemoAssessment[]): Promise<void> {
    const actions = buildDemoActionPlans(plan, todayUtc());
    await this.transactions.run(async (tx) => {
      for (const action of actions) await this.actions.insertAction(tx, action, { userId: null, source: 'demo' });
    });
    this.logger.log(`Loaded ${actions.length} synthetic demo actions`);
  }

  /** The plan's assessments, and the score breakdowns of those that are scored. */
  private async insertAssessments(tx: EntityManager, plan: DemoAssessment[]): Promise<void> {
    const ids = await this.assessments.insertAssessments(
      tx,
      plan.map((a) => ({ ...a, source: 'demo' as const })),
    );
    const scored = plan.map((a, i) => ({ assessmentId: ids[i] ?? '', scores: a.scores }));
    await this.scores.insertScores(tx, scored);
  }

  private async insertOperations(tx: EntityManager, operations: DemoOperation[]): Promise<void> {
    const ids = await this.operations.insertOperations(tx, operations, 'demo');
    await this.operations.addParticipants(
      tx,
      operations.flatMap((o, i) => o.countries.map((country) => ({ operationId: ids[i] ?? '', country }))),
    );
    const writes: ResultWrite[] = [];
    for (const [i, o] of operations.entries())
      for (const { unitSite, ...r } of o.results) {
        // A register without the unit (its demo records edited away) leaves the result unlinked.
        const jointUnitId = unitSite ? await this.units.findBySite(tx, r.country, unitSite, o.endDate) : null;
        writes.push(toResultWrite(ids[i] ?? '', r.country, { ...r, jointUnitId }));
      }
    await this.rollup.applyContributions(tx, await this.results.insertResults(tx, writes), 1);
    await this.rollup.applyParticipation(tx, ids, 1);
  }
}
