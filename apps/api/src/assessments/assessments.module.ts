import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { AssessmentLifecycleService } from './assessment-lifecycle.service.js';
import { AssessmentRepository } from './assessment.repository.js';
import { AssessmentsController } from './assessments.controller.js';
import { AssessmentsService } from './assessments.service.js';
import { AssessmentImportController } from './import/assessment-import.controller.js';
import { AssessmentImportRepository } from './import/assessment-import.repository.js';
import { AssessmentImportService } from './import/assessment-import.service.js';
import { ScoreBackfill } from './score.backfill.js';
import { LockedAssessments } from './locked-assessments.js';
import { RevisionRepository } from './revision.repository.js';
import { ScoresRepository } from './scores.repository.js';

@Module({
  imports: [ReferenceModule],
  // The import controller first, so that /assessments/import/… is never read as an assessment id.
  controllers: [AssessmentImportController, AssessmentsController],
  providers: [
    AssessmentRepository,
    ScoresRepository,
    RevisionRepository,
    AssessmentImportRepository,
    LockedAssessments,
    AssessmentsService,
    AssessmentLifecycleService,
    AssessmentImportService,
    ScoreBackfill,
  ],
  exports: [AssessmentRepository, ScoresRepository, ScoreBackfill],
})
export class AssessmentsModule {}
