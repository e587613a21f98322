import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class StatusRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ping(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  async hasDemoData(): Promise<boolean> {
    const rows: { exists: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM assessments WHERE source = 'demo') AS exists`,
    );
    return rows[0]?.exists ?? false;
  }

  async latestCountedYear(): Promise<number | null> {
    const rows: { year: number | null }[] = await this.dataSource.query(
      `SELECT max(year) AS year FROM assessments WHERE status IN ('submitted', 'validated')`,
    );
    return rows[0]?.year ?? null;
  }
}
