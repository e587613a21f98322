import { queryOptions } from '@tanstack/react-query';
import type { RegisterChecksBatchResponse, RegisterChecksDetailResponse, RegisterSummaryResponse } from '@cpc/domain';
import { assessmentFilterQuery, type AssessmentFilters } from './assessmentQueries';
import { fetchJson } from './fetchJson';

/** Where an assessment's answers contradict the register in force that year, item by item. */
export function registerChecksQuery(assessmentId: string) {
  return queryOptions({
    queryKey: ['register-checks', assessmentId] as const,
    queryFn: ({ signal }) =>
      fetchJson<RegisterChecksDetailResponse>(`/api/assessments/${encodeURIComponent(assessmentId)}/register-checks`, {
        signal,
      }),
    staleTime: 30_000,
  });
}

/** What a country's register says for the questionnaire's items in a year. */
export function registerSummaryQuery(iso3: string, year: number) {
  return queryOptions({
    queryKey: ['register-summary', iso3, year] as const,
    queryFn: ({ signal }) =>
      fetchJson<RegisterSummaryResponse>(`/api/countries/${encodeURIComponent(iso3)}/register-summary?year=${year}`, {
        signal,
      }),
    staleTime: 30_000,
  });
}

/** The register checks of every assessment the list with `filters` returns, in one request (the review queue). */
export function listRegisterChecksQuery(filters: AssessmentFilters) {
  return queryOptions({
    queryKey: ['register-checks', 'list', filters] as const,
    queryFn: ({ signal }) =>
      fetchJson<RegisterChecksBatchResponse>(`/api/review/register-checks${assessmentFilterQuery(filters)}`, {
        signal,
      }),
    staleTime: 30_000,
  });
}
