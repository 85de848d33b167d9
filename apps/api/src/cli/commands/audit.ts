import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  appendAuditCheckpointFile,
  createAuditCheckpoint,
  formatAuditCheckpoint,
  parseAuditCheckpoints,
  readAuditCheckpointFile,
} from '../../features/audit/audit-checkpoint';
import { verifyAuditChain, type AuditProblem } from '../../features/audit/verify-audit-chain';
import { withContext } from '../cli-context';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function describeProblem(p: AuditProblem): string {
  switch (p.kind) {
    case 'missing':
      return `MISSING entries between #${p.afterSeq} and #${p.nextSeq}`;
    case 'altered':
      return `ALTERED entry #${p.seq}`;
    case 'broken_link':
      return `BROKEN LINK at entry #${p.seq}`;
    case 'unknown_key':
      return `UNKNOWN KEY at entry #${p.seq} (forged, or a retired key missing from AUDIT_CHAIN_RETIRED_KEYS)`;
    case 'downgraded':
      return `DOWNGRADED hash at entry #${p.seq} (an unkeyed or older-key entry after a newer one)`;
    case 'checkpoint_forged':
      return `FORGED checkpoint for #${p.seq} (its signature does not verify)`;
    case 'checkpoint_missing':
      return `TRUNCATED: checkpoint entry #${p.seq} is gone (the chain now ends at #${p.lastSeq})`;
    case 'checkpoint_mismatch':
      return `REWRITTEN: entry #${p.seq} differs from its checkpoint`;
  }
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Audit trail');
  audit
    .command('verify')
    .description(
      'Check the keyed hash chain and compare it with checkpoints: any altered, unlinked, removed or rewritten entry is reported',
    )
    .option('--checkpoint <line>', 'a checkpoint line to compare against (repeatable)', collect, [])
    .option(
      '--checkpoint-file <path>',
      'a file with checkpoint lines, e.g. a saved log or digest mail (repeatable)',
      collect,
      [],
    )
    .action(async (options: { checkpoint: string[]; checkpointFile: string[] }) => {
      await withContext(async (ctx) => {
        const checkpoints = [
          ...options.checkpoint.flatMap((line) => parseAuditCheckpoints(line)),
          ...options.checkpointFile.flatMap((file) =>
            parseAuditCheckpoints(readFileSync(file, 'utf8')),
          ),
          ...(ctx.env.AUDIT_CHECKPOINT_FILE
            ? readAuditCheckpointFile(ctx.env.AUDIT_CHECKPOINT_FILE)
            : []),
        ];
        if (options.checkpoint.length > 0 && checkpoints.length === 0) {
          console.log('No checkpoint line recognised in --checkpoint.');
          process.exitCode = 1;
          return;
        }
        const result = await verifyAuditChain(ctx.db, { checkpoints });
        const tail = `${result.checked} entries (${result.legacyEntries} under the legacy unkeyed hash), ${result.checkpointsChecked} checkpoint(s)`;
        if (result.isIntact) {
          console.log(`Audit trail intact: ${tail} verified.`);
          return;
        }
        for (const p of result.problems) console.log(describeProblem(p));
        console.log(`Audit trail NOT intact: ${result.problems.length} problem(s) in ${tail}.`);
        process.exitCode = 2;
      });
    });
  audit
    .command('checkpoint')
    .description(
      'Print a signed checkpoint of the chain head; keep it outside the database (and append it to AUDIT_CHECKPOINT_FILE when set)',
    )
    .action(async () => {
      await withContext(async (ctx) => {
        const cp = await createAuditCheckpoint(ctx.db, ctx.clock.now());
        if (ctx.env.AUDIT_CHECKPOINT_FILE)
          appendAuditCheckpointFile(ctx.env.AUDIT_CHECKPOINT_FILE, cp);
        console.log(formatAuditCheckpoint(cp));
      });
    });
}
