import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return issue.path.map(String).join('.') || '(body)';
}

function messageOf(issue: z.core.$ZodIssue, field: string): string {
  if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  // Domain messages already start with the item code; others get the field name in front.
  return issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`;
}

/** Validates a request part against a domain schema; a failure is a 400 naming each field. */
@Injectable()
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    const errors: FieldError[] = result.error.issues.map((issue) => {
      const field = fieldOf(issue);
      return { field, message: messageOf(issue, field) };
    });
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: errors.map((e) => e.message).join('; '),
      errors,
    });
  }
}
