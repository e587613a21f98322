import type { QueryKey } from '@tanstack/react-query';
import type { MessageKey } from '../i18n/en';
import type { MessageParams } from '../i18n/translate';

/** What the two-step upload of a file needs: where it goes, what it changes, and what its outcome says. */
export interface ImportUpload<R> {
  /** Sends the file; with `dryRun` the API only checks it. A 422 lists every problem. */
  upload: (file: File, dryRun: boolean) => Promise<R>;
  /** The cached data an import changes, refreshed once it is done. */
  invalidates: readonly QueryKey[];
  checkedText: MessageKey;
  doneText: MessageKey;
  /** The figures the two texts above print. */
  counts: (result: R) => MessageParams;
}

/** What differs between the imports of assessments and of operations; the page and the form are shared. */
export interface ImportKind<R> extends ImportUpload<R> {
  /** The API resource: its templates are at `/api/{resource}/import/template`. */
  resource: 'assessments' | 'operations';
  title: MessageKey;
  intro: MessageKey;
  templatesText: MessageKey;
}
