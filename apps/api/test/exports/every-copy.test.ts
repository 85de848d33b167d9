// Issue #16/#20: a package must not outlive the reason it was made. A
// withdrawn request's packages are destroyed and cannot be downloaded, and a
// compile killed with its process leaves no chunks and shows as failed at once.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApplyErasureResult,
  ConsoleExport,
  ErasurePlan,
  SubjectExport,
} from '@oikeus/contracts';
import { failInterruptedCompiles } from '../../src/features/exports/fail-interrupted-compiles';
import { thisCompileOwner } from '../../src/features/exports/compile-owner';
import { callConsole, signInStaff, type SignedInStaff } from '../support/console-sign-in';
import {
  compileAs,
  createRegisterRecords,
  personValues,
  prepareExportRequest,
  releaseAs,
} from '../support/exports-factories';
import { download, listOwnExports } from '../support/exports-zip';
import { getRequestAs } from '../support/portal-requests';
import { callApi, signUpSubject, type PortalSubject } from '../support/portal-sign-in';
import { startTestApp, type TestApp } from '../support/test-app';
import { testProviders } from '../support/test-database';

const now = new Date('2026-03-02T09:00:00Z');

/** The pid of a process that has run and exited on this host. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '0']);
  if (child.pid === undefined) throw new Error('could not start a child process');
  return child.pid;
}

describe.each(testProviders)('every stored copy of a package on %s', (provider) => {
  let app: TestApp;
  let handler: SignedInStaff;

  beforeAll(async () => {
    app = await startTestApp(provider, { now });
    handler = await signInStaff(app, 'handler');
  });
  afterAll(() => app.close());

  async function releasedPackage(): Promise<{
    subject: PortalSubject;
    requestId: string;
    exportId: string;
    link: SubjectExport;
  }> {
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
    await releaseAs(app, handler, request.id, compiled.id, { expiresInDays: 30 });
    const [link] = await listOwnExports(app, subject, request.id);
    if (!link) throw new Error('the released package is not listed');
    return { subject, requestId: request.id, exportId: compiled.id, link };
  }

  const packageRow = (exportId: string) =>
    app.ctx.db.prisma.export.findUniqueOrThrow({
      where: { id: exportId },
      select: { status: true, deletedAt: true, _count: { select: { chunks: true } } },
    });

  it('when the subject withdraws a request whose package was released, the link stops working and the package is destroyed', async () => {
    const { subject, requestId, exportId, link } = await releasedPackage();
    expect((await download(app, link.downloadUrl, subject.headers)).status).toBe(200);

    const seen = await getRequestAs(app, subject, requestId);
    const withdrawn = await callApi(app, 'POST', `/api/requests/${requestId}/withdraw`, {
      headers: subject.headers,
      body: { version: seen.version },
    });
    expect(withdrawn.status).toBe(200);

    const res = await download(app, link.downloadUrl, subject.headers);
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('PK');
    expect(await listOwnExports(app, subject, requestId)).toEqual([]);
    expect(await packageRow(exportId)).toMatchObject({
      status: 'revoked',
      deletedAt: now,
      _count: { chunks: 0 },
    });
    const audit = await app.ctx.db.prisma.auditEntry.findMany({
      where: { requestId, action: 'export.revoked' },
    });
    expect(audit.map((a) => JSON.parse(a.details ?? '{}'))).toEqual([
      expect.objectContaining({ exportId, reason: 'request_withdrawn' }),
    ]);
  });

  it('when an erasure is applied for the person, every stored package of theirs is destroyed, and the plan and the answer say so', async () => {
    app.clock.set(now);
    const person = personValues();
    const records = await createRegisterRecords(app, { person });
    const subject = await signUpSubject(app, { email: person.email });
    const access = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'access', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const compiled = await compileAs(app, handler, access.id);
    await releaseAs(app, handler, access.id, compiled.id, { expiresInDays: 30 });
    const [link] = await listOwnExports(app, subject, access.id);
    expect((await download(app, link?.downloadUrl ?? '', subject.headers)).status).toBe(200);

    const erasure = await prepareExportRequest(
      app,
      handler,
      subject,
      { type: 'erasure', registers: ['customer'] },
      { customerIds: [records.customerId] },
    );
    const preview = await callConsole<ErasurePlan>(
      app,
      'GET',
      `/api/console/requests/${erasure.id}/erasure/preview`,
      { cookie: handler.cookie, locale: 'en' },
    );
    expect(preview.body.exportPackagesDeleted).toBe(1);
    expect(preview.body.explanation).toContain('1 stored data package(s)');
    const detail = await callConsole<{ version: number }>(
      app,
      'GET',
      `/api/console/requests/${erasure.id}`,
      { cookie: handler.cookie },
    );
    const applied = await callConsole<ApplyErasureResult>(
      app,
      'POST',
      `/api/console/requests/${erasure.id}/erasure`,
      { cookie: handler.cookie, body: { version: detail.body.version }, locale: 'en' },
    );
    expect(applied.status).toBe(200);
    expect(applied.body.plan.exportPackagesDeleted).toBe(1);

    expect((await download(app, link?.downloadUrl ?? '', subject.headers)).status).toBe(404);
    expect(await packageRow(compiled.id)).toMatchObject({
      status: 'revoked',
      _count: { chunks: 0 },
    });
    const stored = await app.ctx.db.prisma.exportChunk.count({
      where: { export: { request: { accountId: subject.accountId } } },
    });
    expect(stored).toBe(0);
    const answer = await app.ctx.db.prisma.requestMessage.findFirstOrThrow({
      where: { requestId: erasure.id, authorType: 'staff' },
      orderBy: { createdAt: 'desc' },
    });
    expect(answer.body).toMatch(/1 tallennettua tietopakettia|1 stored data package/);
  });

  async function stuckCompile(compiledBy: string) {
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
    const row = await app.ctx.db.prisma.export.create({
      data: {
        requestId: request.id,
        kind: 'access',
        status: 'compiling',
        fileName: 'half.zip',
        createdAt: now,
        compiledBy,
        heartbeatAt: now,
        chunks: { create: [{ seq: 0, data: new Uint8Array([80, 75, 3, 4]) }] },
      },
    });
    return { requestId: request.id, exportId: row.id };
  }

  it('when the process that was compiling is gone, the package shows as failed at once and its chunks are deleted', async () => {
    const { requestId, exportId } = await stuckCompile(`${hostname()}:${deadPid()}:deadbeef`);
    // No time passes: the heartbeat is fresh, only the process is gone.
    const listed = await callConsole<{ exports: ConsoleExport[] }>(
      app,
      'GET',
      `/api/console/requests/${requestId}/exports`,
      { cookie: handler.cookie },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.exports.find((e) => e.id === exportId)?.status).toBe('failed');
    expect(await packageRow(exportId)).toMatchObject({ status: 'failed', _count: { chunks: 0 } });
    const audit = await app.ctx.db.prisma.auditEntry.count({
      where: { requestId, action: 'export.compile_abandoned' },
    });
    expect(audit).toBe(1);
  });

  it('at start-up, a compile left by the previous process under the same pid is cleaned up, while this process’s own compile is left alone', async () => {
    const previous = thisCompileOwner().replace(/:[^:]+$/, ':0ldb00t0');
    const left = await stuckCompile(previous);
    const running = await stuckCompile(thisCompileOwner());

    expect(await failInterruptedCompiles(app.ctx)).toBeGreaterThanOrEqual(1);

    expect(await packageRow(left.exportId)).toMatchObject({
      status: 'failed',
      _count: { chunks: 0 },
    });
    expect(await packageRow(running.exportId)).toMatchObject({
      status: 'compiling',
      _count: { chunks: 1 },
    });
    await app.ctx.db.prisma.export.update({
      where: { id: running.exportId },
      data: { status: 'failed', deletedAt: now, chunks: { deleteMany: {} } },
    });
  });
});
