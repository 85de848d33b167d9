// Packages are personal data: past their expiry the chunks are deleted and the
// row stays as a record that a package existed (purgeExpiredExports, run by the worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_LEASE_MS } from '../../src/features/exports/compile-owner';
import { purgeExpiredExports } from '../../src/features/exports/purge-expired-exports';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
} from '../support/exports-factories';
import { signUpSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

// Purging is global, and PostgreSQL is shared by every test file of a run: this
// file lives in 2019 so its purges can only ever reach its own packages.
const now = new Date('2019-05-06T09:00:00Z');
const DAY = 86_400_000;

describe.each(testProviders)('purging expired packages on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function releasedExport(days: number) {
    app.clock.set(now);
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const compiled = await compileAs(app, handler, request.id);
    await releaseAs(app, handler, request.id, compiled.id, { expiresInDays: days });
    return { requestId: request.id, exportId: compiled.id };
  }

  const chunkCount = (exportId: string) =>
    app.ctx.db.prisma.exportChunk.count({ where: { exportId } });
  const statusOf = (exportId: string) =>
    app.ctx.db.prisma.export.findUniqueOrThrow({
      where: { id: exportId },
      select: { status: true, deletedAt: true, downloadCount: true },
    });

  it('when a released package is past its expiry, its chunks are deleted, it is marked expired and audited once', async () => {
    const short = await releasedExport(2);
    const long = await releasedExport(20);
    expect(await chunkCount(short.exportId)).toBeGreaterThan(0);

    app.clock.set(new Date(now.getTime() + 2 * DAY + 1000));
    const first = await purgeExpiredExports(app.ctx);
    // A second worker running the same purge finds nothing more to do.
    const second = await purgeExpiredExports(app.ctx);

    expect(first.expired).toBeGreaterThanOrEqual(1);
    expect(await chunkCount(short.exportId)).toBe(0);
    expect(await statusOf(short.exportId)).toMatchObject({ status: 'expired' });
    expect((await statusOf(short.exportId)).deletedAt).not.toBeNull();
    expect(await chunkCount(long.exportId)).toBeGreaterThan(0);
    expect(await statusOf(long.exportId)).toMatchObject({ status: 'released', deletedAt: null });
    expect(second.expired).toBe(0);
    const audited = await app.ctx.db.prisma.auditEntry.count({
      where: { requestId: short.requestId, action: 'export.expired', actorType: 'system' },
    });
    expect(audited).toBe(1);
  });

  it('when a compile on another host stops sending heartbeats past the lease, its chunks are removed and it is marked failed', async () => {
    app.clock.set(now);
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const request = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const stuck = await app.ctx.db.prisma.export.create({
      data: {
        requestId: request.id,
        kind: 'access',
        status: 'compiling',
        fileName: 'stuck.zip',
        createdAt: now,
        compiledBy: 'another-host.invalid:4242:abcd1234',
        heartbeatAt: now,
        chunks: { create: { seq: 0, data: new Uint8Array([80, 75, 3, 4]) } },
      },
    });
    app.clock.set(new Date(now.getTime() + COMPILE_LEASE_MS));
    await purgeExpiredExports(app.ctx);
    expect(await statusOf(stuck.id)).toMatchObject({ status: 'compiling' });

    app.clock.set(new Date(now.getTime() + COMPILE_LEASE_MS + 1000));
    const result = await purgeExpiredExports(app.ctx);
    expect(result.abandoned).toBeGreaterThanOrEqual(1);
    expect(await statusOf(stuck.id)).toMatchObject({ status: 'failed' });
    expect(await chunkCount(stuck.id)).toBe(0);
  });
});
