import type { Answers, AssessmentStatus, Comments, Scores } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { updateReturning } from '../../common/update-returning.js';
import type { LockedAssessment } from '../assessment.repository.js';

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
  scores: Scores;
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
    const rows: LockedRow[] = await manager.query(
      `SELECT a.id, a.country_iso3, a.year, a.status, a.version, a.answers, a.comments FROM assessments a
       JOIN unnest($1::char(3)[], $2::int[]) AS k(country, year) ON a.country_iso3 = k.country AND a.year = k.year
       ORDER BY a.id
       FOR UPDATE OF a`,
      [keys.map((k) => k.country), keys.map((k) => k.year)],
    );
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
        methodology_version: u.scores.methodologyVersion,
        overall_index: u.scores.overall,
        computed_level: u.scores.level,
        self_level: u.scores.selfLevel,
      }));
      const rows = await updateReturning<{ id: string; version: number }>(
        manager,
        `UPDATE assessments a
         SET status = v.status, answers = v.answers, comments = v.comments,
             methodology_version = v.methodology_version, overall_index = v.overall_index,
             computed_level = v.computed_level, self_level = v.self_level,
             submitted_at = now(), source = 'imported', version = a.version + 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, status text, answers jsonb, comments jsonb,
              methodology_version text, overall_index double precision, computed_level smallint, self_level smallint)
         WHERE a.id = v.id
         RETURNING a.id, a.version`,
        [JSON.stringify(chunk)],
      );
      for (const row of rows) versions.set(row.id, row.version);
    }
    return versions;
  }
}
