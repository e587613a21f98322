import type { Action, ActionRevisionKind } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { historySql, RecordHistoryRepository, type NewRecordRevision } from '../common/record-history.js';

/** One line of a plan's history. */
export type NewActionRevision = NewRecordRevision<Action, ActionRevisionKind>;

/** The plans' history: `action_revisions`, kept after an action is deleted. */
@Injectable()
export class ActionRevisionRepository extends RecordHistoryRepository<Action, ActionRevisionKind> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, historySql('action_revisions', 'action_id'));
  }
}
