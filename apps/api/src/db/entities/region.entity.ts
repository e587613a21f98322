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

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  /** Display order within the grouping. */
  @Column({ type: 'int', default: 0 })
  position: number;
}
