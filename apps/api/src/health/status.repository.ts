import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  DATA_YEARS_SQL,
  HAS_DEMO_DATA_SQL,
  LATEST_COUNTED_YEAR_SQL,
  PING_SQL,
  WCO_MEMBER_COUNT_SQL,
} from './status.sql.js';

@Injectable()
export class StatusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query(PING_SQL);
      return true;
    } catch {
      return false;
    }
  }

  async hasDemoData(): Promise<boolean> {
    const rows: { exists: boolean }[] = await this.dataSource.query(HAS_DEMO_DATA_SQL);
    return rows[0]?.exists ?? false;
  }

  /** The WCO's Members on a day (ISO date), without the European Union, as the WCO counts them. */
  async wcoMemberCount(date: string): Promise<number> {
    const rows: { count: number }[] = await this.dataSource.query(WCO_MEMBER_COUNT_SQL, [date]);
    return rows[0]?.count ?? 0;
  }

  async dataYears(): Promise<{ first: number; last: number } | null> {
    const rows: { first: number | null; last: number | null }[] = await this.dataSource.query(DATA_YEARS_SQL);
    const { first, last } = rows[0] ?? { first: null, last: null };
    return first === null || last === null ? null : { first, last };
  }

  async latestCountedYear(): Promise<number | null> {
    const rows: { year: number | null }[] = await this.dataSource.query(LATEST_COUNTED_YEAR_SQL);
    return rows[0]?.year ?? null;
  }
}
