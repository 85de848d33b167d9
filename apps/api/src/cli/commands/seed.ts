import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { seedRegisters } from '../../features/seed/seed-registers';
import { withContext } from '../cli-context';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000)
    throw new InvalidArgumentError('must be a whole number from 1 to 10000000');
  return n;
}

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description(
      'Load Inope Oy demo data (about 50 customers), or --customers N generated customers',
    )
    .option('--customers <n>', 'number of customers to generate', positiveInt)
    .option('--seed <n>', 'random seed for reproducible data', positiveInt)
    .option('--force', 'add data even when the registers already hold customers')
    .action(async (opts: { customers?: number; seed?: number; force?: boolean }) => {
      await withContext(async (ctx) => {
        const existing = await ctx.db.prisma.customer.count();
        if (existing > 0 && !opts.force && opts.customers === undefined) {
          console.log(
            `The registers already hold ${existing} customers; nothing loaded (use --force to add more).`,
          );
          return;
        }
        const result = await seedRegisters(
          ctx.env.DATABASE_URL,
          {
            customers: opts.customers ?? 50,
            seed: opts.seed,
            now: ctx.clock.now(),
            runTag: existing > 0 ? `r${Date.now().toString(36)}` : '',
          },
          (done) => {
            if (process.stderr.isTTY) process.stderr.write(`\r${done} customers`);
          },
        );
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(
          `Seeded ${result.customers} customers (${result.rows} register rows) in ${(result.ms / 1000).toFixed(1)} s.`,
        );
      });
    });
}
