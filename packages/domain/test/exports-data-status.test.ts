import { describe, expect, it } from 'vitest';
import { buildExportMetadata, dataStatusText } from '../src/index.js';

/** What a file says it counts, by what its rows hold (issue #18), written out by hand. */
describe('dataStatus', () => {
  it('names the assessments counted, narrowed by status=validated', () => {
    expect(dataStatusText('assessments', false, 'en')).toBe('submitted and validated assessments');
    expect(dataStatusText('assessments', true, 'es')).toBe('solo evaluaciones validadas');
  });

  it('says a profile lists every assessment whatever its status, with or without status=validated', () => {
    const every =
      'every assessment of the country, whatever its status (draft, submitted, returned or validated): the status column says which';
    expect(dataStatusText('everyAssessment', false, 'en')).toBe(every);
    expect(dataStatusText('everyAssessment', true, 'en')).toBe(every);
  });

  it('joins the assessments and the operation results for maturity against outcomes', () => {
    expect(dataStatusText('assessmentsAndOperations', true, 'en')).toBe(
      'validated assessments only; operation results as reported (no assessment status applies)',
    );
  });

  it('keeps the former default: operation results when validatedOnly is null', () => {
    const metadata = buildExportMetadata({
      title: 'x',
      filters: {},
      generatedAt: new Date('2026-12-05T00:00:00Z'),
      validatedOnly: null,
      demoData: false,
      methodologyVersion: 'v1',
    });
    expect(metadata.dataStatus).toBe('operation results as reported (no assessment status applies)');
  });
});
