/**
 * The human name of a register field, e.g. `relationshipStartedOn` →
 * "Asiakkuus alkoi", so the erasure plan (GDPR Art. 17(3)(b): what stays on an
 * anonymised row) reads in plain language. A field the texts do not know yet
 * keeps its raw name rather than disappearing from the plan.
 */
export function fieldName(names: Readonly<Record<string, string>>, field: string): string {
  return Object.hasOwn(names, field) ? (names[field] ?? field) : field;
}
