import type { Activity, Lead, Programme } from '@cpc/domain';
import { Check, Column, CreateDateColumn, Entity, Index, Unique, UpdateDateColumn } from 'typeorm';
import { TimeOrderedId } from './time-ordered-id.js';

export const OPERATION_SOURCES = ['entered', 'imported', 'demo'] as const;
export type OperationSource = (typeof OPERATION_SOURCES)[number];

@Entity('operations')
@Unique('uq_operations_code', ['code'])
@Check('ck_operations_programme', `"programme" IN ('aircop', 'ccp', 'wco', 'interpol', 'regional', 'national')`)
@Check('ck_operations_lead', `"lead" IN ('wco', 'interpol', 'unodc', 'national', 'other')`)
@Check(
  'ck_operations_activities',
  `cardinality("activities") > 0 AND "activities" <@ ARRAY['risk_targeting', 'interception', 'investigation', 'operational', 'controlled_delivery']::text[]`,
)
@Check('ck_operations_dates', `"end_date" >= "start_date"`)
// The analytics bucket operations by the year they end in; kept next to end_date and checked against it.
@Check('ck_operations_end_year', `"end_year" = extract(year FROM "end_date")`)
@Check('ck_operations_source', `"source" IN ('entered', 'imported', 'demo')`)
@Index('ix_operations_end_year', ['endYear'])
// The list shows the newest end date first.
@Index('ix_operations_end_date_code', ['endDate', 'code'])
export class OperationEntity {
  @TimeOrderedId()
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text' })
  programme: Programme;

  @Column({ type: 'text' })
  lead: Lead;

  @Column({ type: 'text', array: true })
  activities: Activity[];

  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Column({ name: 'end_year', type: 'smallint' })
  endYear: number;

  @Column({ type: 'text', default: 'entered' })
  source: OperationSource;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
