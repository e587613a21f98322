import { ALL_REGIONS, type ExportFilters, type ExportNames, type Localized } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ALL_NAME } from '../../analytics/region-order.js';
import { ReferenceService } from '../../reference/reference.service.js';

/** The names a report-ready file writes beside its codes: the regions of the grouping asked for, and countries. */
@Injectable()
export class ExportNamesReader {
  constructor(private readonly references: ReferenceService) {}

  async namesFor(filters: ExportFilters): Promise<ExportNames> {
    const grouping = typeof filters.grouping === 'string' ? filters.grouping : null;
    const [regions, countries] = await Promise.all([
      grouping ? this.references.grouping(grouping).then((g) => g.regions) : Promise.resolve([]),
      this.references.countries().then((r) => r.countries),
    ]);
    const regionNames = new Map<string, Localized>(regions.map((r) => [r.code, r.name]));
    const countryNames = new Map<string, Localized>(countries.map((c) => [c.iso3, c.name]));
    return {
      region: (code) => regionNames.get(code) ?? (code === ALL_REGIONS ? ALL_NAME : null),
      country: (iso3) => countryNames.get(iso3) ?? null,
    };
  }
}
