import type { CountryResponse, GroupingDefinition, GroupingResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { CountryEntity, GroupingEntity, RegionEntity, RegionMemberEntity } from '../db/entities/index.js';
import { toCountry } from './reference.mapper.js';
import { GROUPINGS_SQL, GROUPING_SQL } from './reference.sql.js';

interface GroupingRow {
  id: string;
  name_en: string;
  name_fr: string;
  source: string;
  built_in: boolean;
  regions: { code: string; name_en: string; name_fr: string; members: string[] }[] | null;
}

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCountries(): Promise<CountryResponse[]> {
    const rows = await this.dataSource.getRepository(CountryEntity).find({ order: { iso3: 'ASC' } });
    return rows.map(toCountry);
  }

  async findCountry(iso3: string): Promise<CountryResponse | null> {
    const row = await this.dataSource.getRepository(CountryEntity).findOneBy({ iso3 });
    return row ? toCountry(row) : null;
  }

  async findGroupings(): Promise<GroupingResponse[]> {
    const rows: GroupingRow[] = await this.dataSource.query(GROUPINGS_SQL);
    return rows.map(toGrouping);
  }

  async findGrouping(id: string): Promise<GroupingResponse | null> {
    const rows: GroupingRow[] = await this.dataSource.query(GROUPING_SQL, [id]);
    return rows[0] ? toGrouping(rows[0]) : null;
  }

  async upsertCountries(manager: EntityManager, countries: CountryEntity[]): Promise<void> {
    await manager.getRepository(CountryEntity).upsert(countries, ['iso3']);
  }

  /** Writes a grouping and replaces its regions and memberships; the caller owns the transaction. */
  async saveGrouping(manager: EntityManager, grouping: GroupingDefinition, builtIn: boolean): Promise<void> {
    await manager
      .getRepository(GroupingEntity)
      .upsert(
        { id: grouping.id, nameEn: grouping.name.en, nameFr: grouping.name.fr, source: grouping.source, builtIn },
        ['id'],
      );
    await manager.getRepository(RegionEntity).delete({ groupingId: grouping.id });
    for (const [position, region] of grouping.regions.entries()) {
      const saved = await manager.getRepository(RegionEntity).save({
        groupingId: grouping.id,
        code: region.code,
        nameEn: region.name.en,
        nameFr: region.name.fr,
        position,
      });
      const members = region.members.map((countryIso3) => ({ regionId: saved.id, countryIso3 }));
      if (members.length > 0) await manager.getRepository(RegionMemberEntity).insert(members);
    }
  }

  async isBuiltIn(id: string): Promise<boolean | null> {
    const grouping = await this.dataSource.getRepository(GroupingEntity).findOneBy({ id });
    return grouping ? grouping.builtIn : null;
  }

  async deleteGrouping(id: string): Promise<void> {
    await this.dataSource.getRepository(GroupingEntity).delete({ id });
  }
}

function toGrouping(row: GroupingRow): GroupingResponse {
  return {
    id: row.id,
    name: { en: row.name_en, fr: row.name_fr },
    source: row.source,
    builtIn: row.built_in,
    regions: (row.regions ?? []).map((r) => ({
      code: r.code,
      name: { en: r.name_en, fr: r.name_fr },
      members: r.members,
    })),
  };
}
