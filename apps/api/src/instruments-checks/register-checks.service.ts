import {
  registerChecks,
  registerSummary,
  type AssessmentListQuery,
  type Principal,
  type RegisterChecksBatchResponse,
  type RegisterChecksDetailResponse,
  type RegisterSummaryResponse,
} from '@cpc/domain';
import { Injectable, NotFoundException } from '@nestjs/common';
import { assertCanRead } from '../assessments/assessment.access.js';
import { assessmentNotFound } from '../assessments/assessment.errors.js';
import { listFilterFor } from '../assessments/list-filter.js';
import { RegisterChecksRepository } from './register-checks.repository.js';

@Injectable()
export class RegisterChecksService {
  constructor(private readonly repository: RegisterChecksRepository) {}

  /** Where the assessment's answers contradict its country's register in force during its year. */
  async checks(user: Principal, id: string): Promise<RegisterChecksDetailResponse> {
    const assessment = await this.repository.findAssessment(id);
    if (!assessment) throw assessmentNotFound(id);
    assertCanRead(user, assessment.country);
    const register = await this.repository.findRegisterForYear(assessment.country, assessment.year);
    return { checks: registerChecks(assessment.answers, assessment.year, register) };
  }

  /** The checks of every assessment the list with `query`'s filters returns (the review queue), in one query. */
  async batch(user: Principal, query: AssessmentListQuery): Promise<RegisterChecksBatchResponse> {
    const listed = await this.repository.findListedWithRegister(listFilterFor(user, query));
    return { assessments: listed.map((a) => ({ id: a.id, checks: registerChecks(a.answers, a.year, a.register) })) };
  }

  /** What the country's register says for the questionnaire's items in `year`. */
  async summary(user: Principal, iso3: string, year: number): Promise<RegisterSummaryResponse> {
    if (!(await this.repository.countryExists(iso3)))
      throw new NotFoundException({
        statusCode: 404,
        code: 'country_not_found',
        params: { country: iso3 },
        message: `unknown country ${iso3}`,
      });
    assertCanRead(user, iso3);
    const register = await this.repository.findRegisterForYear(iso3, year);
    return { country: iso3, year, items: registerSummary(year, register) };
  }
}
