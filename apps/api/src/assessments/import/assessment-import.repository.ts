import type { Answers, AssessmentStatus, Comments, Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../common/update-returning.js';
import type { LockedAssessment } from '../assessment.repository.js';
import { LOCK_BY_COUNTRY_YEAR_SQL, UPDATE_IMPORTED_SQL } from './assessment-import.sql.js';

export interface CountryYear {
  country: string;
  year: number;
}

/** An existing assessment replaced by an imported row. */
export interface ImportedUpdate {
  id: string;
  status: AssessmentStatus;
  answers: Answers;
  comments: Comments;
  scores: Scores[];
}

interface LockedRow {
  id: string;
  country_iso3: string;
  year: number;
  status: AssessmentStatus;
  version: number;
  answers: Answers;
  comments: Comments;
}

const UPDATE_CHUNK = 1000;

export function countryYearKey(key: CountryYear): string {
  return `${key.country} ${key.year}`;
}

/** The set-based queries of a bulk import: a few statements per thousand rows, whatever the file size. */
@Injectable()
export class AssessmentImportRepository {
  /** The existing assessments of these country-years, locked until the import commits, by country-year key. */
  async lockAssessmentsByCountryYear(
    manager: EntityManager,
    keys: CountryYear[],
  ): Promise<Map<string, LockedAssessment>> {
    const rows: LockedRow[] = await manager.query(LOCK_BY_COUNTRY_YEAR_SQL, [
      keys.map((k) => k.country),
      keys.map((k) => k.year),
    ]);
    return new Map(
      rows.map((r) => [
        countryYearKey({ country: r.country_iso3, year: r.year }),
        {
          id: r.id,
          country: r.country_iso3,
          year: r.year,
          status: r.status,
          version: r.version,
          answers: r.answers,
          comments: r.comments,
        },
      ]),
    );
  }

  /** Replaces answers, comments, status and scores of existing assessments; their new versions by id. */
  async updateImportedAssessments(manager: EntityManager, updates: ImportedUpdate[]): Promise<Map<string, number>> {
    const versions = new Map<string, number>();
    for (let i = 0; i < updates.length; i += UPDATE_CHUNK) {
      const chunk = updates.slice(i, i + UPDATE_CHUNK).map((u) => ({
        id: u.id,
        status: u.status,
        answers: u.answers,
        comments: u.comments,
        self_level: u.scores[0]?.selfLevel ?? null,
      }));
      const rows = await updateReturning<{ id: string; version: number }>(manager, UPDATE_IMPORTED_SQL, [
        JSON.stringify(chunk),
      ]);
      for (const row of rows) versions.set(row.id, row.version);
    }
    return versions;
  }
}
