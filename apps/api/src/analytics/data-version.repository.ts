import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DATA_VERSION_SQL } from './data-version.sql.js';

@Injectable()
export class DataVersionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Bumped by triggers on every write to the data the analytics read. */
  async findDataVersion(): Promise<string> {
    const rows: { data_version: string }[] = await this.dataSource.query(DATA_VERSION_SQL);
    return rows[0]?.data_version ?? '0';
  }
}
