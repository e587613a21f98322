import type { Instrument, InstrumentRevisionAction } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { historySql, RecordHistoryRepository, type NewRecordRevision } from '../common/record-history.js';

/** One line of the register's history. */
export type NewInstrumentRevision = NewRecordRevision<Instrument, InstrumentRevisionAction>;

/** The register's history: `instrument_revisions`, kept after an instrument is deleted. */
@Injectable()
export class InstrumentRevisionRepository extends RecordHistoryRepository<Instrument, InstrumentRevisionAction> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource, historySql('instrument_revisions', 'instrument_id'));
  }
}
