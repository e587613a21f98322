import type { Lang } from '@cpc/domain';
import { sendRequest } from './apiRequest';
import { exportFileNameOf, exportPath, type DataFormat, type ExportSource } from './exportSource';

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/** Hands a file made or fetched in the page to the browser's downloads, as a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn, once the browser has started the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/**
 * Downloads a file the API serves only to signed-in users. The session cookie would go with a plain link too;
 * fetching first lets the page report the API's error in its language instead of opening an error page, and
 * name the file as the API does.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await sendRequest(path, { accept: '*/*' });
  saveBlob(await response.blob(), fileNameOf(response, fallbackName));
}

/** The figures of a chart or a page as the API's CSV or XLSX file, named by the API. */
export function downloadExport(source: ExportSource, format: DataFormat, lang: Lang): Promise<void> {
  return downloadFile(exportPath(source.path, format, lang), exportFileNameOf(source, format));
}
