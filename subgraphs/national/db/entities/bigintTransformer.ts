import { type ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns BIGINT as a string (it may exceed 2^53); SQLite returns a number. Amounts here are
 * hundredths of a currency unit, far below 2^53, so both are read as a number and written unchanged.
 */
export const bigintTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
