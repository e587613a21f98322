import { queryOptions } from '@tanstack/react-query';
import type { RegisterChecksDetailResponse, RegisterSummaryResponse } from '@cpc/domain';
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
