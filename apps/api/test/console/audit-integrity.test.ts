// Issue #20 point 9: the audit trail cannot be rewritten unnoticed. The chain
// is keyed (HMAC under a key outside the database), the database refuses
// UPDATE/DELETE on it, and checkpoints kept elsewhere reveal a cut-off end.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditChainKeysOf } from '../../src/config/audit-chain-key';
import {
  createAuditCheckpoint,
  formatAuditCheckpoint,
  parseAuditCheckpoints,
} from '../../src/features/audit/audit-checkpoint';
import { GENESIS_HASH, legacyHashAuditEntry } from '../../src/features/audit/audit-hash';
import { recordAuditCheckpoint } from '../../src/features/audit/record-audit-checkpoint';
import { verifyAuditChain } from '../../src/features/audit/verify-audit-chain';
import { dropAuditTriggers, rechainWithPlainSha256 } from '../support/audit-tamper';
import { createRightsRequest } from '../support/console-factories';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { createPrivatePostgres, type PrivatePostgres } from '../support/mail-private-postgres';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const NOW = new Date('2026-03-02T09:00:00Z');
const KEY = 'audit-integrity-test-key-audit-integrity-test-key';
const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');

async function dsr(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run('pnpm', ['exec', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: apiDir,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    return { stdout, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; code: number };
    return { stdout: e.stdout, code: e.code };
  }
}

describe.each(testProviders)('audit trail integrity on %s', (provider) => {
  let app: TestApp;
  let privateDb: PrivatePostgres | undefined;
  let handler: SignedInStaff;
  let dir: string;
  let checkpointFile: string;

  /** Three entries as the portal wrote them before the chain was keyed (plain SHA-256). */
  async function insertLegacyEntries(): Promise<void> {
    let prevHash = GENESIS_HASH;
    for (let seq = 1; seq <= 3; seq += 1) {
      const fields = {
        seq,
        at: new Date(NOW.getTime() - 60_000 + seq),
        actorType: 'system',
        actorId: null,
        action: 'reminder.queued',
        requestId: null,
        recordType: null,
        recordId: null,
        details: JSON.stringify({ legacy: seq }),
      };
      const hash = legacyHashAuditEntry(prevHash, fields);
      await app.ctx.db.prisma.auditEntry.create({ data: { ...fields, prevHash, hash } });
      prevHash = hash;
    }
  }

  async function actOnNewRequest(): Promise<void> {
    const request = await createRightsRequest(app);
    const res = await callConsole(app, 'POST', `/api/console/requests/${request.id}/assign`, {
      cookie: handler.cookie,
      body: { version: 1, assigneeId: 'me' },
    });
    expect(res.status).toBe(200);
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'oikeus-audit-'));
    checkpointFile = path.join(dir, 'checkpoints.log');
    privateDb = provider === 'postgresql' ? await createPrivatePostgres() : undefined;
    app = await startTestApp(provider, {
      now: NOW,
      env: {
        AUDIT_CHAIN_KEY: KEY,
        AUDIT_CHECKPOINT_FILE: checkpointFile,
        ...(privateDb ? { DATABASE_URL: privateDb.url } : {}),
      },
    });
    await insertLegacyEntries();
    handler = await signInStaff(app, 'handler');
  });
  afterAll(async () => {
    await app.close();
    await privateDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when old entries were hashed with plain SHA-256, they still verify and new entries are keyed after them', async () => {
    await actOnNewRequest();
    const entries = await app.ctx.db.prisma.auditEntry.findMany({ orderBy: { seq: 'asc' } });
    expect(entries[3]!.prevHash).toBe(entries[2]!.hash);
    expect(entries.slice(3).every((e) => e.hash.startsWith('k1.'))).toBe(true);
    const result = await verifyAuditChain(app.ctx.db);
    expect(result).toMatchObject({ isIntact: true, legacyEntries: 3, problems: [] });
  });

  it('when the application itself tries to change or remove an audit entry, the database refuses', async () => {
    const before = await app.ctx.db.prisma.auditEntry.count();
    const entry = await app.ctx.db.prisma.auditEntry.findUniqueOrThrow({ where: { seq: 4 } });
    // (Prisma words SQLite's trigger abort as a constraint violation; the raw statement below shows the trigger's text.)
    await expect(
      app.ctx.db.prisma.auditEntry.update({ where: { seq: 4 }, data: { action: 'x' } }),
    ).rejects.toThrow();
    await expect(app.ctx.db.prisma.auditEntry.deleteMany({})).rejects.toThrow();
    await expect(
      app.ctx.db.prisma.$executeRawUnsafe('DELETE FROM "AuditEntry" WHERE "seq" = 1'),
    ).rejects.toThrow(/append-only/);
    expect(await app.ctx.db.prisma.auditEntry.count()).toBe(before);
    expect(await app.ctx.db.prisma.auditEntry.findUniqueOrThrow({ where: { seq: 4 } })).toEqual(
      entry,
    );
  });

  it('when the worker records a checkpoint, a signed line lands in the checkpoint file and verifies against the chain', async () => {
    await recordAuditCheckpoint(app.ctx);
    const saved = parseAuditCheckpoints(readFileSync(checkpointFile, 'utf8'));
    expect(saved).toHaveLength(1);
    const head = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({ orderBy: { seq: 'desc' } });
    expect(saved[0]).toMatchObject({ seq: head.seq, hash: head.hash });
    expect(await verifyAuditChain(app.ctx.db, { checkpoints: saved })).toMatchObject({
      isIntact: true,
      checkpointsChecked: 1,
    });
    const forged = { ...saved[0]!, seq: saved[0]!.seq + 5 };
    expect((await verifyAuditChain(app.ctx.db, { checkpoints: [forged] })).problems).toEqual([
      { kind: 'checkpoint_forged', seq: forged.seq },
    ]);
  });

  it('when someone with database rights edits an entry and recomputes the rest of the chain without the key, verify reports it', async () => {
    await actOnNewRequest();
    await dropAuditTriggers(app.ctx.db);
    const victim = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'request.assigned' },
      orderBy: { seq: 'asc' },
    });
    await app.ctx.db.prisma.auditEntry.update({
      where: { seq: victim.seq },
      data: { actorId: null },
    });
    await rechainWithPlainSha256(app.ctx.db, victim.seq);
    const result = await verifyAuditChain(app.ctx.db);
    expect(result.isIntact).toBe(false);
    expect(result.problems).toContainEqual({ kind: 'downgraded', seq: victim.seq });
  });

  it(
    'when the newest entries are deleted, verify finds the cut against a checkpoint kept outside the database, also from the dsr CLI',
    { timeout: 120_000 },
    async () => {
      // Start over from an intact chain in a database of its own.
      const local = await startTestApp(provider, {
        now: NOW,
        env: {
          AUDIT_CHAIN_KEY: KEY,
          ...(provider === 'postgresql'
            ? { DATABASE_URL: (await createPrivatePostgres()).url }
            : {}),
        },
      });
      const localDatabaseUrl = local.ctx.env.DATABASE_URL;
      try {
        const staff = await signInStaff(local, 'handler');
        for (let i = 0; i < 2; i += 1) {
          const request = await createRightsRequest(local);
          await callConsole(local, 'POST', `/api/console/requests/${request.id}/assign`, {
            cookie: staff.cookie,
            body: { version: 1, assigneeId: 'me' },
          });
        }
        const cli = { DATABASE_URL: localDatabaseUrl, AUDIT_CHAIN_KEY: KEY };
        // What `dsr audit checkpoint` prints (the command is this call and a console.log).
        const line = formatAuditCheckpoint(await createAuditCheckpoint(local.ctx.db, NOW));
        const head = parseAuditCheckpoints(line)[0]!;
        const latest = await local.ctx.db.prisma.auditEntry.findFirstOrThrow({
          orderBy: { seq: 'desc' },
        });
        expect(head).toMatchObject({ seq: latest.seq, hash: latest.hash });
        expect(await verifyAuditChain(local.ctx.db, { checkpoints: [head] })).toMatchObject({
          isIntact: true,
          checkpointsChecked: 1,
        });

        await dropAuditTriggers(local.ctx.db);
        await local.ctx.db.prisma.auditEntry.deleteMany({ where: { seq: { gt: head.seq - 2 } } });
        // The chain alone still looks whole: only the checkpoint shows what is gone.
        expect((await verifyAuditChain(local.ctx.db)).isIntact).toBe(true);
        expect((await verifyAuditChain(local.ctx.db, { checkpoints: [head] })).problems).toEqual([
          { kind: 'checkpoint_missing', seq: head.seq, lastSeq: head.seq - 2 },
        ]);
        if (provider === 'sqlite') {
          const verified = await dsr(cli, 'audit', 'verify', '--checkpoint', line);
          expect(verified.code).toBe(2);
          expect(verified.stdout).toMatch(/TRUNCATED: checkpoint entry #\d+ is gone/);
        }
        // Another key cannot vouch for the chain: every keyed entry is unknown to it.
        const otherKey = {
          ...local.ctx.db,
          auditKeys: auditChainKeysOf('another-key-another-key-0000000000'),
        };
        expect((await verifyAuditChain(otherKey)).problems[0]).toEqual({
          kind: 'unknown_key',
          seq: 1,
        });
      } finally {
        await local.close();
        if (provider === 'postgresql') {
          const { default: pg } = await import('pg');
          const admin = new URL(localDatabaseUrl);
          const name = admin.pathname.slice(1);
          admin.pathname = '/postgres';
          const client = new pg.Client({ connectionString: admin.toString() });
          await client.connect();
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await client.end();
        }
      }
    },
  );
});
