import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { HAS_DEMO_DATA_SQL, LATEST_COUNTED_YEAR_SQL, PING_SQL } from './status.sql.js';

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

  async latestCountedYear(): Promise<number | null> {
    const rows: { year: number | null }[] = await this.dataSource.query(LATEST_COUNTED_YEAR_SQL);
    return rows[0]?.year ?? null;
  }
}
