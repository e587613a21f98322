import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AssessmentRepository } from '../assessments/assessment.repository.js';
import { buildDemoPlan } from './demo-plan.js';

@Injectable()
export class DemoDataLoader {
  private readonly logger = new Logger('DemoData');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRepository,
  ) {}

  /** Loads the synthetic demo assessments, only into a database that holds none. */
  async loadIfEmpty(): Promise<boolean> {
    if ((await this.assessments.countAssessments()) > 0) return false;
    const plan = buildDemoPlan();
    await this.dataSource.transaction((manager) =>
      this.assessments.insertScored(
        manager,
        plan.map((a) => ({ ...a, source: 'demo' as const })),
      ),
    );
    await this.assessments.analyzeTables();
    this.logger.log(`Loaded ${plan.length} synthetic demo assessments`);
    return true;
  }
}
