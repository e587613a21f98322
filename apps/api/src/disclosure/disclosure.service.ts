import {
  canSetDisclosure,
  isGlobalRole,
  type DisclosureHistoryResponse,
  type DisclosureResponse,
  type Principal,
  type UpdateDisclosureRequest,
} from '@cpc/domain';
import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { ReferenceService } from '../reference/reference.service.js';
import { DisclosureRepository } from './disclosure.repository.js';

@Injectable()
export class DisclosureService {
  constructor(
    private readonly transactions: Transactions,
    private readonly disclosures: DisclosureRepository,
    private readonly references: ReferenceService,
  ) {}

  /**
   * Whether a country shares its figures is visible to every signed-in user (its figures show it anyway);
   * who set it only to those who may read its history.
   */
  async get(principal: Principal, iso3: string): Promise<DisclosureResponse> {
    await this.knownCountry(iso3);
    const disclosure = await this.disclosures.findDisclosure(iso3);
    return canReadHistory(principal, iso3) ? disclosure : { ...disclosure, updatedBy: null };
  }

  async history(principal: Principal, iso3: string): Promise<DisclosureHistoryResponse> {
    await this.knownCountry(iso3);
    if (!canReadHistory(principal, iso3))
      throw new ForbiddenException({
        statusCode: 403,
        code: 'disclosure_history_forbidden',
        params: { country: iso3 },
        message: `iso3: you may read the history of ${principal.country ?? 'no'} only`,
      });
    return { iso3, items: await this.disclosures.findHistory(iso3) };
  }

  async update(principal: Principal, iso3: string, request: UpdateDisclosureRequest): Promise<DisclosureResponse> {
    await this.knownCountry(iso3);
    if (!canSetDisclosure(principal, iso3))
      throw new ForbiddenException({
        statusCode: 403,
        code: 'disclosure_forbidden',
        params: { country: iso3 },
        message: `iso3: only ${iso3}'s coordinator or an admin may set its disclosure preference`,
      });
    await this.transactions.run((tx) => this.disclosures.saveDisclosure(tx, iso3, request.level, principal.id));
    return this.disclosures.findDisclosure(iso3);
  }

  private async knownCountry(iso3: string): Promise<void> {
    if (!(await this.references.country(iso3)))
      throw new NotFoundException({
        statusCode: 404,
        code: 'country_not_found',
        params: { country: iso3 },
        message: `iso3: unknown country ${iso3}`,
      });
  }
}

/** The history names who changed a preference: analysts, admins and the country's own national users. */
function canReadHistory(principal: Principal, iso3: string): boolean {
  return isGlobalRole(principal.role) || principal.country === iso3;
}
