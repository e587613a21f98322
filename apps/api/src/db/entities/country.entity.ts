import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('countries')
export class CountryEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'char', length: 2, unique: true })
  iso2: string;

  /** The name in each locale that has one (`{"en": …, "fr": …, "es": …, "ar": …}`): adding a locale adds keys, not columns. */
  @Column({ type: 'jsonb' })
  names: Record<string, string>;
}
