/** A start-up failure of the database or its migrations, shown as its message alone. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}
