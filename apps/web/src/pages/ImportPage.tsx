import type { ImportResult } from '@cpc/domain';
import { importAssessments } from '../api/assessmentMutations';
import { assessmentKeys } from '../api/assessmentQueries';
import type { ImportKind } from '../import/importKind';
import { ImportView } from '../import/ImportView';

const ASSESSMENTS_IMPORT: ImportKind<ImportResult> = {
  resource: 'assessments',
  title: 'importTitle',
  intro: 'importIntro',
  templatesText: 'importTemplatesText',
  upload: importAssessments,
  invalidates: [assessmentKeys.all, ['maturity']],
  checkedText: 'importCheckedText',
  doneText: 'importDoneText',
  counts: ({ rows, created, updated }) => ({ rows, created, updated }),
};

/** Analysts and admins load many assessments at once from a CSV or XLSX file. */
export function ImportPage() {
  return <ImportView kind={ASSESSMENTS_IMPORT} />;
}
