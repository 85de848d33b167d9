/**
 * The externalId the console gives a record that has none of its own (made
 * before imports, e.g. demo data), so later imports, syncs and hand edits
 * find it by the same key.
 */
export function handExternalIdOf(id: string): string {
  return `console-${id}`;
}
