export type TestDatabase = 'sqlite' | 'postgresql';

const known: readonly TestDatabase[] = ['sqlite', 'postgresql'];

/** TEST_DATABASES=sqlite | postgresql | sqlite,postgresql (the default). */
export function selectedTestDatabases(
  value: string | undefined = process.env.TEST_DATABASES,
): TestDatabase[] {
  if (value === undefined || value.trim() === '') return [...known];
  const names = value.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !known.includes(name as TestDatabase));
  if (unknown.length > 0) {
    throw new Error(
      `TEST_DATABASES: unknown database ${unknown.join(', ')} (use sqlite, postgresql)`,
    );
  }
  return known.filter((name) => names.includes(name));
}
