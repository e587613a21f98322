import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { GroupingEntity } from './grouping.entity.js';

@Entity('regions')
@Index('uq_regions_grouping_code', ['groupingId', 'code'], { unique: true })
export class RegionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'grouping_id', type: 'text' })
  groupingId: string;

  @ManyToOne(() => GroupingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grouping_id', foreignKeyConstraintName: 'fk_regions_grouping' })
  grouping?: Relation<GroupingEntity>;

  @Column({ type: 'text' })
  code: string;

  /** The name in each locale that has one (`{"en": …, "fr": …, "es": …, "ar": …}`): adding a locale adds keys, not columns. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  /** Display order within the grouping. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
