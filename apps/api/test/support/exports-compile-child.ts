// Compiles one package in a process of its own, so the peak resident memory
// it reports (getrusage maxRSS) is that of an API process doing one export —
// not of the test process that also built 50 000 rows. It reports the
// resident memory of the ready process (context built, one query run) too,
// so the export's own share can be told from the runtime's. Run with tsx:
//   tsx test/support/exports-compile-child.ts <databaseUrl> <requestId> <staffId> <nowIso>
import { FixedClock } from '../../src/clock';
import { createContext } from '../../src/bootstrap';
import { loadEnv } from '../../src/config/env';
import { compileExport } from '../../src/features/exports/compile-export';

const [databaseUrl = '', requestId = '', staffId = '', nowIso = ''] = process.argv.slice(2);
const env = loadEnv({
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  SESSION_SECRET: 'test-secret-test-secret-test-secret-0123',
  LOG_LEVEL: 'silent',
  RUN_WORKER: 'false',
  PUBLIC_URL: 'http://localhost:3000',
});
const ctx = await createContext(env, { clock: new FixedClock(new Date(nowIso)) });
// A serving API process has run queries already: warm the client up the same way.
await ctx.db.prisma.rightsRequest.findUnique({ where: { id: requestId }, select: { id: true } });
const rssBefore = process.memoryUsage.rss();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const compiled = await compileExport(ctx, { requestId, staffId });
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
await ctx.db.close();
process.stdout.write(
  `${JSON.stringify({
    export: compiled,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    rssBeforeBytes: rssBefore,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
