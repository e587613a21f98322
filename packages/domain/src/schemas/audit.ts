import { z } from 'zod';
import { isFileFormat } from '../exports/params.js';
import { limitParam, offsetParam } from './common.js';

export const AUDIT_ACTIONS = ['write', 'export', 'sign-in'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditListQuerySchema = z
  .object({
    action: z.enum(AUDIT_ACTIONS, { error: `action must be one of ${AUDIT_ACTIONS.join(', ')}` }).optional(),
    email: z.string().trim().max(320).optional().describe('Entries of this account'),
    limit: limitParam(500).default(100),
    offset: offsetParam(),
  })
  .strict();
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  email: z.string().nullable(),
  role: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.string()).describe('The filters of an export; never a body or a password'),
  status: z.number().int(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListResponseSchema = z.object({
  entries: z.array(AuditEntrySchema).describe('Newest first'),
  total: z.number().int(),
});
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>;

/** What an audited request was, or null when it is not audited (a plain read). */
export function auditActionOf(method: string, path: string, query: Record<string, unknown>): AuditAction | null {
  if (method === 'POST' && path === '/api/auth/login') return 'sign-in';
  if (method === 'POST' || method === 'PATCH' || method === 'PUT' || method === 'DELETE') return 'write';
  if (method !== 'GET') return null;
  // An import template is a blank form, not data.
  const tabular = isFileFormat(query.format) && !path.endsWith('/template');
  return path.startsWith('/api/exports/') || tabular ? 'export' : null;
}
