import { codedIssue } from '@cpc/domain';
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

import { invalidFields, type FieldError } from './field-errors.js';

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return issue.path.map(String).join('.') || '(body)';
}

function messageOf(issue: z.core.$ZodIssue, field: string, part: ArgumentMetadata['type']): string {
  if (issue.code === 'unrecognized_keys') {
    const noun = part === 'body' ? 'field' : 'parameter';
    return `unknown ${noun}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  if (issue.message.startsWith(field)) return issue.message;
  // Domain messages start with the item code ("A.2.1: unknown option…"): put the path to the code in front.
  const last = issue.path.length > 0 ? String(issue.path[issue.path.length - 1]) : '';
  if (last !== '' && issue.message.startsWith(`${last}:`))
    return `${field.slice(0, field.length - last.length)}${issue.message}`;
  return `${field}: ${issue.message}`;
}

/** Validates a request part against a domain schema; a failure is a 400 naming each field, with its code. */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown, metadata?: ArgumentMetadata): z.output<S> {
    // The input is reported so that a missing field (undefined) is told from a wrong type.
    const result = this.schema.safeParse(value ?? {}, { reportInput: true });
    if (result.success) return result.data;
    const errors: FieldError[] = result.error.issues.map((issue) => {
      const field = fieldOf(issue);
      return { field, message: messageOf(issue, field, metadata?.type ?? 'custom'), ...codedIssue(issue) };
    });
    throw invalidFields(errors);
  }
}
