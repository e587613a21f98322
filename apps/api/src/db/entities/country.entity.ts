import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('countries')
export class CountryEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3: string;

  @Column({ type: 'char', length: 2, unique: true })
  iso2: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;
}
