import type { Answers, InstrumentDetails, RegisterEntry } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listFilterParams, type ListFilter } from '../assessments/list-filter.js';
import {
  ASSESSMENT_FOR_CHECKS_SQL,
  ASSESSMENTS_WITH_REGISTER_SQL,
  COUNTRY_EXISTS_SQL,
  REGISTER_FOR_YEAR_SQL,
} from './register-checks.sql.js';

interface RegisterRow {
  id: string;
  title: string;
  kind: InstrumentDetails['kind'];
  valid_from: string;
  valid_to: string | null;
  details: Record<string, unknown>;
}

export interface CheckedAssessment {
  country: string;
  year: number;
  answers: Answers;
}

export interface CheckedWithRegister {
  id: string;
  year: number;
  answers: Answers;
  register: RegisterEntry[];
}

function toRegisterEntry(r: RegisterRow): RegisterEntry {
  return {
    id: r.id,
    title: r.title,
    from: r.valid_from,
    to: r.valid_to,
    details: { ...r.details, kind: r.kind } as InstrumentDetails,
  };
}

@Injectable()
export class RegisterChecksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findAssessment(id: string): Promise<CheckedAssessment | null> {
    const rows: CheckedAssessment[] = await this.dataSource.query(ASSESSMENT_FOR_CHECKS_SQL, [id]);
    return rows[0] ?? null;
  }

  async countryExists(iso3: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(COUNTRY_EXISTS_SQL, [iso3]);
    return rows.length > 0;
  }

  /** The country's instruments that can back an answer of `year` (checked by the domain's schemas on write). */
  async findRegisterForYear(country: string, year: number): Promise<RegisterEntry[]> {
    const rows: RegisterRow[] = await this.dataSource.query(REGISTER_FOR_YEAR_SQL, [country, year]);
    return rows.map(toRegisterEntry);
  }

  /** Every assessment the list's filter selects, with its answers and its country's register for its year. */
  async findListedWithRegister(filter: ListFilter): Promise<CheckedWithRegister[]> {
    const rows: { id: string; year: number; answers: Answers; register: RegisterRow[] }[] = await this.dataSource.query(
      ASSESSMENTS_WITH_REGISTER_SQL,
      listFilterParams(filter),
    );
    return rows.map((r) => ({ id: r.id, year: r.year, answers: r.answers, register: r.register.map(toRegisterEntry) }));
  }
}
