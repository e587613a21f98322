import { apiRequest } from './apiRequest';

/** Uploads a CSV or XLSX file to an import endpoint; with `dryRun` the API only checks it. */
export function uploadImport<R>(path: string, file: File, dryRun: boolean): Promise<R> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<R>(`${path}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', form });
}
