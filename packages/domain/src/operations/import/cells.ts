import type { ErrorParams, FieldErrorCode } from '../../errors/codes.js';
import { cellError, type ImportCellError } from '../../import/columns.js';
import { isIsoDate, MAX_COUNT, MAX_QUANTITY, OPERATION_CODE_PATTERN } from '../../schemas/operations.js';
import { roundQuantity } from '../result-content.js';

/** Reads one cell; on failure records an error naming the column and returns null. */
export class CellReader {
  readonly errors: ImportCellError[] = [];

  constructor(
    private readonly cells: readonly string[],
    private readonly index: Record<string, number>,
  ) {}

  text(column: string): string {
    return (this.cells[this.index[column] ?? -1] ?? '').trim();
  }

  /** Records the cell's problem: `message` in English after the column's name, `code` and `params` to translate it. */
  fail(column: string, message: string, code: FieldErrorCode, params?: ErrorParams): null {
    this.errors.push(cellError(column, `${column}: ${message}`, code, params));
    return null;
  }

  private tooLong(column: string, maximum: number): null {
    return this.fail(column, `at most ${maximum} characters`, 'too_big', { maximum, origin: 'string' });
  }

  required(column: string, max = 200): string | null {
    const value = this.text(column);
    if (value === '') return this.fail(column, 'required, but the cell is empty', 'required');
    return value.length > max ? this.tooLong(column, max) : value;
  }

  optional(column: string, max = 200): string | null {
    const value = this.text(column);
    if (value.length > max) return this.tooLong(column, max);
    return value === '' ? null : value;
  }

  code(column: string): string | null {
    const value = this.required(column, 64);
    if (value === null) return null;
    return OPERATION_CODE_PATTERN.test(value)
      ? value
      : this.fail(column, `"${value}" is not a code: 1–64 letters, digits, ., _, / or -`, 'not_a_code', { value });
  }

  oneOf<T extends string>(column: string, values: readonly T[]): T | null {
    const value = this.required(column);
    if (value === null) return null;
    const lower = value.toLowerCase();
    const match = values.find((v) => v === lower);
    return (
      match ??
      this.fail(column, `"${value}" is not one of ${values.join(', ')}`, 'invalid_value', {
        values: [...values],
        value,
      })
    );
  }

  date(column: string): string | null {
    const value = this.required(column);
    if (value === null) return null;
    return isIsoDate(value)
      ? value
      : this.fail(column, `"${value}" is not a date written YYYY-MM-DD`, 'not_a_date', { value });
  }

  count(column: string): number | null {
    const value = this.text(column);
    if (value === '') return this.fail(column, 'required, but the cell is empty (write 0 for none)', 'required');
    return this.parseCount(column, value);
  }

  optionalCount(column: string): number | null {
    const value = this.text(column);
    return value === '' ? null : this.parseCount(column, value);
  }

  quantity(column: string): number | null {
    const value = this.text(column);
    if (value === '') return this.fail(column, 'required, but the cell is empty', 'required');
    if (!/^\d+(\.\d+)?$/.test(value))
      return this.fail(
        column,
        `"${value}" is not a non-negative number (use a dot for decimals, no thousands separator)`,
        'not_a_number',
        { value },
      );
    const n = Number(value);
    return n > MAX_QUANTITY ? this.tooLarge(column, MAX_QUANTITY) : roundQuantity(n);
  }

  private parseCount(column: string, value: string): number | null {
    if (!/^\d+$/.test(value))
      return this.fail(column, `"${value}" is not a non-negative whole number`, 'not_integer', { value });
    const n = Number(value);
    return n > MAX_COUNT ? this.tooLarge(column, MAX_COUNT) : n;
  }

  private tooLarge(column: string, maximum: number): null {
    return this.fail(column, 'too large', 'too_big', { maximum, origin: 'number' });
  }
}
