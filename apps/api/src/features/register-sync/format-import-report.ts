import type { ImportResult } from './import-register-file';

/** The summary `pnpm dsr import` prints at the end (stdout). */
export function formatImportReport(result: ImportResult, file: string): string {
  if (result.status === 'invalid') {
    const lines = result.issues.map(
      (i) =>
        `  line ${i.line ?? '?'}${i.path ? `, column ${i.path}` : ''}${i.externalId ? ` (${i.externalId})` : ''}: ${i.message}`,
    );
    return [
      `${file}: ${result.issues.length} problem(s) in ${result.total} row(s); nothing was written.`,
      ...lines,
    ].join('\n');
  }
  const c = result.counts;
  const head = result.isDryRun ? 'Dry run — nothing was written. Would have:' : 'Imported:';
  const lines = [
    `${file}: ${result.total} record(s). ${head}`,
    `  created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged}, refused ${c.refused}`,
    `  refused because suppressed (erasure/objection): ${c.refusedSuppressed}; because erased earlier: ${c.refusedErased}`,
    `  stored under an active restriction (stays restricted, Art. 18): ${c.restricted}`,
  ];
  for (const r of result.refused)
    lines.push(`  refused ${r.externalId}: ${r.reason} — ${r.message ?? ''}`);
  lines.push(`  run ${result.runId}`);
  return lines.join('\n');
}
