import type { HealthResponse, MetaResponse } from '@cpc/domain';
import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { MethodologyService } from '../methodology/methodology.service.js';
import { StatusRepository } from './status.repository.js';

@Injectable()
export class StatusService {
  constructor(
    private readonly status: StatusRepository,
    private readonly methodology: MethodologyService,
    private readonly reads: ReadDatabase,
  ) {}

  async health(): Promise<HealthResponse> {
    if (!(await this.status.ping())) throw new ServiceUnavailableException({ status: 'error', db: 'down' });
    return { status: 'ok', db: 'up', replicas: this.reads.replicaHealth() };
  }

  async meta(): Promise<MetaResponse> {
    const today = new Date().toISOString().slice(0, 10);
    const [demoData, latestYear, dataYears, count, methodologyVersion] = await Promise.all([
      this.status.hasDemoData(),
      this.status.latestCountedYear(),
      this.status.dataYears(),
      this.status.wcoMemberCount(today),
      this.methodology.defaultVersion(),
    ]);
    return { methodologyVersion, demoData, latestYear, dataYears, wcoMembers: { asOf: today, count } };
  }
}
