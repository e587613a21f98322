import { z } from 'zod';

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** The schema under nullable, optional, default and pipes: what a value looks like when it is there. */
function bare(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return bare(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodDefault) return bare(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return bare(schema.in as z.ZodType);
  return schema;
}

/**
 * The columns a row schema gives a file when no row shows them (an empty result), as flattenRows names
 * them: objects field by field, records with known keys key by key, lists of values as one column. Lists
 * of objects are spread by the keys present in the data, so without rows they give no columns.
 */
export function schemaColumns(schema: z.ZodType, path = ''): string[] {
  const shape = bare(schema);
  if (shape instanceof z.ZodObject) {
    return Object.entries(shape.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      schemaColumns(field, join(path, key)),
    );
  }
  if (shape instanceof z.ZodRecord) {
    const keys = bare(shape.keyType as z.ZodType);
    if (keys instanceof z.ZodEnum) {
      return (keys.options as readonly (string | number)[]).flatMap((key) =>
        schemaColumns(shape.valueType as z.ZodType, join(path, String(key))),
      );
    }
    return [path];
  }
  if (shape instanceof z.ZodArray) {
    const element = bare(shape.element as z.ZodType);
    return element instanceof z.ZodObject ? [] : [path];
  }
  return [path];
}

/** The schema of one row of a response's list. */
export function rowSchemaOf(response: z.ZodType, list: string): z.ZodType {
  const shape = bare(response);
  const field = shape instanceof z.ZodObject ? (shape.shape as Record<string, z.ZodType>)[list] : undefined;
  const array = field ? bare(field) : undefined;
  if (!(array instanceof z.ZodArray)) throw new Error(`the response has no list ${list}`);
  return array.element as z.ZodType;
}
