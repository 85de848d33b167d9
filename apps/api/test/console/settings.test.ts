import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleSettings } from '@oikeus/contracts';
import { loadExportDownloadDays } from '../../src/config/export-settings';
import { loadReminderSchedule } from '../../src/config/reminder-schedule';
import { createRightsRequest } from '../support/console-factories';
import { signInStaff, type SignedInStaff } from '../support/console-sign-in';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';
import { testProviders } from '../support/test-database';

describe.each(testProviders)('admin settings on %s', (provider) => {
  // Settings are global: a database of its own, so no other test file reads these values.
  let app: RetentionTestApp;
  let admin: SignedInStaff;
  beforeAll(async () => {
    app = await startRetentionTestApp(provider, new Date('2026-03-02T09:00:00Z'));
    admin = await signInStaff(app, 'admin');
  });
  afterAll(() => app.dispose());

  const put = (cookie: string, body: unknown, locale = 'en') =>
    fetch(`${app.url}/api/console/settings`, {
      method: 'PUT',
      headers: {
        cookie,
        'content-type': 'application/json',
        'x-requested-with': 'oikeus',
        'accept-language': locale,
      },
      body: JSON.stringify(body),
    });

  it('when an admin changes the reminder schedule and download period, the worker and exports read the new values', async () => {
    const res = await put(admin.cookie, {
      reminderSchedule: {
        workingDaysBeforeDue: [3, 10, 3],
        remindOnTargetDate: false,
        overdue: 'first_working_day',
        escalateWhenOverdue: false,
      },
      exportDownloadDays: 14,
    });
    expect(res.status).toBe(200);
    const saved = (await res.json()) as ConsoleSettings;
    expect(saved.reminderSchedule.workingDaysBeforeDue).toEqual([10, 3]);
    expect(await loadReminderSchedule(app.ctx)).toEqual({
      workingDaysBeforeDue: [10, 3],
      remindOnTargetDate: false,
      overdue: 'first_working_day',
      escalateWhenOverdue: false,
    });
    expect(await loadExportDownloadDays(app.ctx)).toBe(14);
    const got = await fetch(`${app.url}/api/console/settings`, {
      headers: { cookie: admin.cookie },
    });
    expect(((await got.json()) as ConsoleSettings).exportDownloadDays).toBe(14);
    const audit = await app.ctx.db.prisma.auditEntry.findFirstOrThrow({
      where: { action: 'settings.updated', actorId: admin.id },
      orderBy: { seq: 'desc' },
    });
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({
      after: { exportDownloadDays: 14 },
    });
  });

  it('when the values are out of range or unknown fields are sent, a localised 400 names the field and nothing changes', async () => {
    const before = await app.ctx.db.prisma.setting.findMany({ orderBy: { key: 'asc' } });
    const res = await put(
      admin.cookie,
      {
        reminderSchedule: {
          workingDaysBeforeDue: [0],
          remindOnTargetDate: true,
          overdue: 'never',
          escalateWhenOverdue: true,
        },
        exportDownloadDays: 1000,
        smtpPassword: 'x',
      },
      'fi',
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details: { path: string; message: string }[] } };
    const paths = body.error.details.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining(['reminderSchedule.workingDaysBeforeDue.0', 'exportDownloadDays']),
    );
    expect(body.error.details[0]?.message).toMatch(/[äö]|pitää|oltava|Liian/i);
    expect(await app.ctx.db.prisma.setting.findMany({ orderBy: { key: 'asc' } })).toEqual(before);
  });

  it('when an admin sets the identity question limit, the console preview of a question uses it; left out, it stays', async () => {
    const schedule = {
      workingDaysBeforeDue: [3],
      remindOnTargetDate: true,
      overdue: 'never',
      escalateWhenOverdue: false,
    };
    const defaults = await fetch(`${app.url}/api/console/settings`, {
      headers: { cookie: admin.cookie },
    });
    expect(((await defaults.json()) as ConsoleSettings).identityQuestionWorkingDays).toBe(5);
    const set = await put(admin.cookie, {
      reminderSchedule: schedule,
      exportDownloadDays: 30,
      identityQuestionWorkingDays: 8,
    });
    expect(set.status).toBe(200);
    expect(((await set.json()) as ConsoleSettings).identityQuestionWorkingDays).toBe(8);
    const kept = await put(admin.cookie, { reminderSchedule: schedule, exportDownloadDays: 30 });
    expect(((await kept.json()) as ConsoleSettings).identityQuestionWorkingDays).toBe(8);
    const tooMany = await put(admin.cookie, {
      reminderSchedule: schedule,
      exportDownloadDays: 30,
      identityQuestionWorkingDays: 0,
    });
    expect(tooMany.status).toBe(400);

    const request = await createRightsRequest(app);
    const preview = await fetch(
      `${app.url}/api/console/requests/${request.id}/identity-question/preview`,
      { headers: { cookie: admin.cookie } },
    );
    expect(await preview.json()).toMatchObject({ limitWorkingDays: 8, isLate: false });
  });

  it('when a handler or an auditor reads or writes the settings, it is forbidden', async () => {
    for (const role of ['handler', 'auditor'] as const) {
      const staff = await signInStaff(app, role);
      const read = await fetch(`${app.url}/api/console/settings`, {
        headers: { cookie: staff.cookie },
      });
      expect(read.status).toBe(403);
      const write = await put(staff.cookie, {});
      expect(write.status).toBe(403);
    }
  });
});
