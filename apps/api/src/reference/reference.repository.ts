import type {
  Country,
  CountryResponse,
  DatedMembership,
  GroupingDefinition,
  GroupingResponse,
  Localized,
  RegionDefinition,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { toCountry, type CountryRow } from './reference.mapper.js';
import {
  ANALYZE_REFERENCE_SQL,
  COUNTRIES_SQL,
  COUNTRY_SQL,
  DELETE_GROUPING_SQL,
  DELETE_REGIONS_SQL,
  GROUPING_BUILT_IN_SQL,
  GROUPING_OUTLINE_SQL,
  GROUPING_SQL,
  GROUPINGS_SQL,
  INSERT_REGION_MEMBERS_SQL,
  INSERT_REGIONS_SQL,
  UPSERT_COUNTRIES_SQL,
  UPSERT_GROUPING_SQL,
} from './reference.sql.js';

/** A grouping's id and regions in order, with their names: what the analytics need of it. */
export interface GroupingOutline {
  id: string;
  regions: { code: string; name: Localized }[];
}

interface GroupingRow {
  id: string;
  names: Localized;
  source: string;
  built_in: boolean;
  regions: { code: string; names: Localized; members: string[]; memberships: DatedMembership[] }[] | null;
}

@Injectable()
export class ReferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async analyzeTables(): Promise<void> {
    await this.dataSource.query(ANALYZE_REFERENCE_SQL);
  }

  async findCountries(): Promise<CountryResponse[]> {
    const rows: CountryRow[] = await this.dataSource.query(COUNTRIES_SQL);
    return rows.map(toCountry);
  }

  async findCountry(iso3: string): Promise<CountryResponse | null> {
    const rows: CountryRow[] = await this.dataSource.query(COUNTRY_SQL, [iso3]);
    return rows[0] ? toCountry(rows[0]) : null;
  }

  /** The groupings, with each region's members at 31 December of `year`. */
  async findGroupings(year: number): Promise<GroupingResponse[]> {
    const rows: GroupingRow[] = await this.dataSource.query(GROUPINGS_SQL, [year]);
    return rows.map(toGrouping);
  }

  /** A grouping's regions, without members: a read that stays small however many members there are. */
  async findGroupingOutline(id: string): Promise<GroupingOutline | null> {
    const rows: { id: string; regions: { code: string; names: Localized }[] }[] = await this.dataSource.query(
      GROUPING_OUTLINE_SQL,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, regions: row.regions.map((r) => ({ code: r.code, name: r.names })) } : null;
  }

  async findGrouping(id: string, year: number): Promise<GroupingResponse | null> {
    const rows: GroupingRow[] = await this.dataSource.query(GROUPING_SQL, [id, year]);
    return rows[0] ? toGrouping(rows[0]) : null;
  }

  async upsertCountries(manager: EntityManager, countries: readonly Country[]): Promise<void> {
    await manager.query(UPSERT_COUNTRIES_SQL, [
      JSON.stringify(countries.map((c) => ({ iso3: c.iso3, iso2: c.iso2, names: c.name }))),
    ]);
  }

  /** Writes a grouping and replaces its regions and memberships; the caller owns the transaction. */
  async saveGrouping(manager: EntityManager, grouping: GroupingDefinition, builtIn: boolean): Promise<void> {
    const { id, name, source, regions } = grouping;
    await manager.query(UPSERT_GROUPING_SQL, [id, JSON.stringify(name), source, builtIn]);
    await manager.query(DELETE_REGIONS_SQL, [id]);
    if (regions.length === 0) return;
    const rows: { id: number }[] = await manager.query(INSERT_REGIONS_SQL, [
      id,
      JSON.stringify(regions.map((r) => ({ code: r.code, names: r.name }))),
    ]);
    const members = regions.flatMap((r, i) => periodsOf(r).map((period) => ({ regionId: rows[i]?.id, ...period })));
    await manager.query(INSERT_REGION_MEMBERS_SQL, [
      members.map((m) => m.regionId),
      members.map((m) => m.iso3),
      members.map((m) => m.from),
      members.map((m) => m.to),
    ]);
  }

  async isBuiltIn(id: string): Promise<boolean | null> {
    const rows: { built_in: boolean }[] = await this.dataSource.query(GROUPING_BUILT_IN_SQL, [id]);
    return rows[0]?.built_in ?? null;
  }

  async deleteGrouping(id: string): Promise<void> {
    await this.dataSource.query(DELETE_GROUPING_SQL, [id]);
  }
}

function toGrouping(row: GroupingRow): GroupingResponse {
  return {
    id: row.id,
    name: row.names,
    source: row.source,
    builtIn: row.built_in,
    regions: (row.regions ?? []).map((r) => ({
      code: r.code,
      name: r.names,
      members: r.members,
      memberships: r.memberships,
    })),
  };
}

/** A region's membership periods: its undated members (in every year), then its dated ones. */
function periodsOf(region: RegionDefinition): DatedMembership[] {
  return [...region.members.map((iso3) => ({ iso3, from: null, to: null })), ...(region.memberships ?? [])];
}
