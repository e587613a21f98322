import { sendRequest } from './apiRequest';

function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  return match?.[1] ? decodeURIComponent(match[1]) : fallback;
}

/**
 * Downloads a file the API serves only to signed-in users: a plain link cannot send the bearer token,
 * so the file is fetched and handed to the browser as a temporary object URL.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const response = await sendRequest(path, { accept: '*/*' });
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameOf(response, fallbackName);
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn, once the browser has started the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
