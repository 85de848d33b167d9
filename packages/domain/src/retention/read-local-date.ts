import { InvalidDateError, asLocalDate, type LocalDate } from '../calendar';

/** Validates a `YYYY-MM-DD` fact, naming the field when it is not a real date. */
export function readLocalDate(value: string, field: string): LocalDate {
  try {
    return asLocalDate(value);
  } catch (error) {
    if (error instanceof InvalidDateError) {
      throw new InvalidDateError(
        `${field}: expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
      );
    }
    throw error;
  }
}
