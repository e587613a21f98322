import type { CreateGroupingRequest, GroupingResponse, UpdateGroupingRequest } from '@cpc/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { randomBytes } from 'node:crypto';
import { invalidFields } from '../common/field-errors.js';
import { ReferenceRepository } from './reference.repository.js';
import { ReferenceService } from './reference.service.js';

/** Custom groupings (e.g. "AIRCOP participants"): analysts' own sets of regions, used by every analytics endpoint. */
@Injectable()
export class GroupingsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly references: ReferenceRepository,
    private readonly reference: ReferenceService,
  ) {}

  async create(request: CreateGroupingRequest): Promise<GroupingResponse> {
    await this.checkMembers(request.regions);
    const id = `custom-${randomBytes(5).toString('hex')}`;
    await this.transactions.run((manager) =>
      this.references.saveGrouping(
        manager,
        { id, name: request.name, source: 'Custom grouping', regions: request.regions },
        false,
      ),
    );
    return this.reference.grouping(id);
  }

  async update(id: string, request: UpdateGroupingRequest): Promise<GroupingResponse> {
    const current = await this.editable(id);
    if (request.regions) await this.checkMembers(request.regions);
    const next = {
      id,
      name: request.name ?? current.name,
      source: current.source,
      // Kept as stored: every period, not the members of one year.
      regions:
        request.regions ??
        current.regions.map((r) => ({ code: r.code, name: r.name, members: [], memberships: r.memberships })),
    };
    await this.transactions.run((manager) => this.references.saveGrouping(manager, next, false));
    return this.reference.grouping(id);
  }

  async remove(id: string): Promise<void> {
    await this.editable(id);
    await this.references.deleteGrouping(id);
  }

  private async editable(id: string): Promise<GroupingResponse> {
    const builtIn = await this.references.isBuiltIn(id);
    if (builtIn === null)
      throw new NotFoundException({
        statusCode: 404,
        code: 'grouping_not_found',
        params: { grouping: id },
        message: `grouping: unknown grouping "${id}"`,
      });
    if (builtIn)
      throw new ForbiddenException({
        statusCode: 403,
        code: 'builtin_grouping',
        params: { grouping: id },
        message: `grouping: the built-in grouping "${id}" cannot be changed`,
      });
    return this.reference.grouping(id);
  }

  private async checkMembers(regions: CreateGroupingRequest['regions']): Promise<void> {
    const known = new Set((await this.references.findCountries()).map((c) => c.iso3));
    const named = regions.flatMap((region, i) => [
      ...region.members.map((iso3) => ({ iso3, field: `regions.${i}.members` })),
      ...region.memberships.map((m, j) => ({ iso3: m.iso3, field: `regions.${i}.memberships.${j}.iso3` })),
    ]);
    const errors = named
      .filter(({ iso3 }) => !known.has(iso3))
      .map(({ iso3, field }) => ({
        field,
        message: `${field}: unknown country ${iso3}`,
        code: 'unknown_country' as const,
        params: { value: iso3 },
      }));
    if (errors.length > 0) throw invalidFields(errors);
  }
}
