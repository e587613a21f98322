import type { GroupingResponse, MembershipChangeRequest } from '@cpc/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '../auth/principal.js';
import { invalidField } from '../common/field-errors.js';
import { Transactions } from '../db/transactions/transactions.js';
import { MembershipChangesRepository } from './membership-changes.repository.js';
import { ReferenceRepository } from './reference.repository.js';
import { ReferenceService } from './reference.service.js';

/** Admins record accessions, moves and departures with their dates; the analytics count them at once. */
@Injectable()
export class MembershipChangesService {
  constructor(
    private readonly transactions: Transactions,
    private readonly changes: MembershipChangesRepository,
    private readonly references: ReferenceRepository,
    private readonly reference: ReferenceService,
  ) {}

  async record(user: AuthenticatedUser, grouping: string, change: MembershipChangeRequest): Promise<GroupingResponse> {
    if ((await this.references.isBuiltIn(grouping)) === null)
      throw new NotFoundException({
        statusCode: 404,
        code: 'grouping_not_found',
        params: { grouping },
        message: `grouping: unknown grouping "${grouping}"`,
      });
    if (!(await this.references.findCountry(change.iso3)))
      throw invalidField('iso3', `unknown country ${change.iso3}`, 'unknown_country', { value: change.iso3 });
    await this.transactions.run(async (manager) => {
      const problem = await this.changes.apply(manager, grouping, change);
      if (problem) throw invalidField(problem.field, problem.problem, problem.code, problem.params);
      await this.changes.record(manager, grouping, change, user.id);
    });
    return this.reference.grouping(grouping, undefined, Number(change.effective.slice(0, 4)));
  }
}
