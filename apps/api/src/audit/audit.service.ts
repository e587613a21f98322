import type { AuditListQuery, AuditListResponse } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';

@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  list(query: AuditListQuery): Promise<AuditListResponse> {
    return this.audit.findAuditEntries(query);
  }
}
