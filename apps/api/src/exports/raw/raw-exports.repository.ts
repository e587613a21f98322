import type { AssessmentStatus, RawAssessment, RawOperationResult } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { cursorBatches } from './cursor.js';
import { RAW_ASSESSMENTS_SQL, RAW_OPERATION_RESULTS_SQL } from './raw-exports.sql.js';

/** Results per round trip: about 2,000 rows of the export when a result reports 20 seizures. */
const RESULTS_PER_BATCH = 100;

/**
 * The raw exports' reads, streamed from server-side cursors. The SQL aliases every column to the domain's row
 * types, and pg already gives integers and doubles as numbers and parses JSON; dates are cast to text and
 * quantities stay numeric text: the rows need no conversion.
 */
@Injectable()
export class RawExportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Assessments of these statuses with their stored scores, by country and year. */
  streamAssessments(statuses: readonly AssessmentStatus[]): AsyncGenerator<RawAssessment[], void, undefined> {
    return cursorBatches<RawAssessment>(this.dataSource, RAW_ASSESSMENTS_SQL, [statuses]);
  }

  /** Reported results with their operation and seizures, by operation code and country. */
  streamOperationResults(): AsyncGenerator<RawOperationResult[], void, undefined> {
    return cursorBatches<RawOperationResult>(this.dataSource, RAW_OPERATION_RESULTS_SQL, [], RESULTS_PER_BATCH);
  }
}
