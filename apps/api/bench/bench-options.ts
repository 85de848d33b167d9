import { Command, InvalidArgumentError, Option } from 'commander';

export interface BenchOptions {
  customers: number;
  requests: number;
  /** autocannon seconds per scenario (and the baseline's, for the same scenario). */
  duration: number;
  exportLines: number;
  connections: number[];
  now: Date;
  isQuick: boolean;
  isWebBuild: boolean;
  keep: boolean;
  /** Seed, print the database URL and stop (with --keep: a large database to explore). */
  isSeedOnly: boolean;
  /** Also run on PostgreSQL: DATABASE_URL when it points to one. */
  postgresUrl: string | null;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('must be a positive whole number');
  return n;
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!(n > 0)) throw new InvalidArgumentError('must be a positive number');
  return n;
}

function instant(value: string): Date {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new InvalidArgumentError('must be an ISO 8601 instant');
  return d;
}

/** Parses `pnpm bench [options]`; `--quick` is a smoke run of a minute or two. */
export function parseBenchOptions(argv: string[], env = process.env): BenchOptions {
  const program = new Command('pnpm bench')
    .description(
      'Seeds a large dataset on SQLite (and PostgreSQL when DATABASE_URL points to one) and prints one table of speed and memory figures beside raw-driver baselines.',
    )
    .addOption(
      new Option('--customers <n>', 'customers in the seeded register').argParser(positiveInt),
    )
    .addOption(
      new Option('--requests <n>', 'rights requests across all states').argParser(positiveInt),
    )
    .addOption(
      new Option('--duration <seconds>', 'autocannon seconds per scenario').argParser(
        positiveNumber,
      ),
    )
    .addOption(
      new Option('--export-lines <n>', 'invoice lines of the exported subject').argParser(
        positiveInt,
      ),
    )
    .addOption(
      new Option('--now <instant>', 'the fixed "now" of the seeded data and the app clock')
        .argParser(instant)
        .default(new Date('2026-11-23T08:00:00Z'), '2026-11-23T08:00:00Z, a Monday'),
    )
    .option('--quick', 'small sizes for a smoke run (5 000 customers, 2 000 requests, 1 s)', false)
    .option('--no-web-build', 'measure the existing apps/web/dist instead of building a fresh copy')
    .option('--keep', 'keep the benchmark databases afterwards', false)
    .option('--seed-only', 'seed and stop without measuring (use with --keep)', false)
    .option('--sqlite-only', 'skip PostgreSQL even when DATABASE_URL points to it', false)
    .showHelpAfterError();
  // `pnpm bench -- --quick` passes the `--` through; it is not an end-of-options marker here.
  const args = argv.slice(2).filter((a) => a !== '--');
  program.parse(args, { from: 'user' });
  const o = program.opts<{
    customers?: number;
    requests?: number;
    duration?: number;
    exportLines?: number;
    now: Date;
    quick: boolean;
    webBuild: boolean;
    keep: boolean;
    seedOnly: boolean;
    sqliteOnly: boolean;
  }>();
  const databaseUrl = env.DATABASE_URL ?? '';
  const isPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
  return {
    customers: o.customers ?? (o.quick ? 5_000 : 100_000),
    requests: o.requests ?? (o.quick ? 2_000 : 20_000),
    duration: o.duration ?? (o.quick ? 1 : 5),
    exportLines: o.exportLines ?? (o.quick ? 5_000 : 50_000),
    connections: [1, 10, 50],
    now: o.now,
    isQuick: o.quick,
    isWebBuild: o.webBuild,
    keep: o.keep,
    isSeedOnly: o.seedOnly,
    postgresUrl: isPostgres && !o.sqliteOnly ? databaseUrl : null,
  };
}
