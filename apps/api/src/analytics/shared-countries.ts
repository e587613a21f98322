import { Injectable } from '@nestjs/common';
import { DisclosureRepository } from '../disclosure/disclosure.repository.js';
import { AnalyticsCache } from './analytics-cache.js';

/** The countries that share their figures with members, read once per data version. */
@Injectable()
export class SharedCountries {
  constructor(
    private readonly disclosures: DisclosureRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  get(): Promise<Set<string>> {
    return this.cache.getValue('shared-countries', () => this.disclosures.findSharedCountries());
  }
}
