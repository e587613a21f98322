import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('groupings')
export class GroupingEntity {
  /** "wco", "un", or a generated id for custom groupings. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** The name in each locale that has one (`{"en": …, "fr": …, "es": …, "ar": …}`): adding a locale adds keys, not columns. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  @Column({ type: 'text', default: '' })
  source: string;

  @Column({ name: 'built_in', type: 'boolean', default: false })
  builtIn: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
