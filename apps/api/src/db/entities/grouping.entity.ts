import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('groupings')
export class GroupingEntity {
  /** "wco", "un", or a generated id for custom groupings. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ type: 'text', default: '' })
  source: string;

  @Column({ name: 'built_in', type: 'boolean', default: false })
  builtIn: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
