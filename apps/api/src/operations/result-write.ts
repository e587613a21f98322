import { createHash } from 'node:crypto';
import {
  canonicalResultContent,
  roundQuantity,
  sortDatabaseChecks,
  sortSeizures,
  type ResultContent,
} from '@cpc/domain';
import type { ResultWrite } from './operation-result.repository.js';

/** A result ready to store: lists in their fixed order, quantities to three decimals, and its content hash. */
export function toResultWrite(operationId: string, country: string, content: ResultContent): ResultWrite {
  const normalised: ResultContent = {
    ...content,
    unitName: content.unitName === '' ? null : content.unitName,
    databaseChecks: sortDatabaseChecks(content.databaseChecks),
    seizures: sortSeizures(content.seizures).map((s) => ({ ...s, quantity: roundQuantity(s.quantity) })),
  };
  const contentHash = createHash('sha256').update(canonicalResultContent(normalised)).digest('hex');
  return { ...normalised, operationId, country, contentHash };
}
