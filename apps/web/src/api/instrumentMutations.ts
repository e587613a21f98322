import type { CreateInstrumentRequest, Instrument, InstrumentKind, UpdateInstrumentRequest } from '@cpc/domain';
import { apiRequest } from './apiRequest';
import { instrumentPath } from './instrumentQueries';

export function createInstrument(request: CreateInstrumentRequest): Promise<Instrument> {
  return apiRequest<Instrument>('/api/instruments', { method: 'POST', json: request });
}

/** The whole record with the version read; a 409 says someone else saved it meanwhile. */
export function updateInstrument(id: string, request: UpdateInstrumentRequest): Promise<Instrument> {
  return apiRequest<Instrument>(instrumentPath(id), { method: 'PATCH', json: request });
}

export function deleteInstrument(id: string, version: number): Promise<void> {
  return apiRequest<undefined>(`${instrumentPath(id)}?version=${version}`, { method: 'DELETE' });
}

/** What an import of the register reports; the API's counts are read as far as it gives them. */
export interface InstrumentImportResult {
  rows?: number;
  created?: number;
  updated?: number;
  unchanged?: number;
}

export function importInstruments(kind: InstrumentKind, file: File, dryRun: boolean): Promise<InstrumentImportResult> {
  const form = new FormData();
  form.append('file', file);
  const query = new URLSearchParams({ kind, dryRun: String(dryRun) });
  return apiRequest<InstrumentImportResult>(`/api/instruments/import?${query.toString()}`, { method: 'POST', form });
}

export const instrumentTemplatePath = (kind: InstrumentKind, format: 'csv' | 'xlsx') =>
  `/api/instruments/import/template?kind=${kind}&format=${format}`;

/** The register in the import's layout: a national user's own country, every country for analysts. */
export const instrumentExportPath = (kind: InstrumentKind, format: 'csv' | 'xlsx') =>
  `/api/exports/instruments?kind=${kind}&format=${format}`;
