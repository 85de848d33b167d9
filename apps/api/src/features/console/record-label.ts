/** Short description of a register record for the handler, e.g. "Maija Meikäläinen, Esimerkki Oy". */
export function recordLabel(r: {
  firstName: string;
  lastName: string;
  company: string | null;
  anonymizedAt?: Date | null;
}): string {
  const name = `${r.firstName} ${r.lastName}`.trim() || '—';
  const label = r.company ? `${name}, ${r.company}` : name;
  return r.anonymizedAt ? `${label} (anonymised)` : label;
}
