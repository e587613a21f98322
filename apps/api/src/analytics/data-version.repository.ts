import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

@Injectable()
export class DataVersionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Bumped by triggers on every write to the data the analytics read. */
  async findDataVersion(): Promise<string> {
    const rows: { data_version: string }[] = await this.dataSource.query(
      'SELECT data_version FROM analytics_state WHERE id = 1',
    );
    return rows[0]?.data_version ?? '0';
  }
}
