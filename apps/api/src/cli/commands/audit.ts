import type { Command } from 'commander';
import { verifyAuditChain } from '../../features/audit/verify-audit-chain';
import { withContext } from '../cli-context';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Audit trail');
  audit
    .command('verify')
    .description('Check the hash chain: any altered, unlinked or removed entry is reported')
    .action(async () => {
      await withContext(async (ctx) => {
        const result = await verifyAuditChain(ctx.db.prisma);
        if (result.isIntact) {
          console.log(`Audit trail intact: ${result.checked} entries verified.`);
          return;
        }
        for (const p of result.problems) {
          console.log(
            p.kind === 'missing'
              ? `MISSING entries between #${p.afterSeq} and #${p.nextSeq}`
              : `${p.kind === 'altered' ? 'ALTERED' : 'BROKEN LINK at'} entry #${p.seq}`,
          );
        }
        console.log(
          `Audit trail NOT intact: ${result.problems.length} problem(s) in ${result.checked} entries.`,
        );
        process.exitCode = 2;
      });
    });
}
