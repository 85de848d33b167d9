import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createMarketingContact } from '../support/retention-factories';
import { startRetentionTestApp, type RetentionTestApp } from '../support/retention-test-app';

const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');

// The CLI runs on the real clock, so its data lies far enough in the past to
// be due on any day the test runs.
// Each command starts tsx afresh (several seconds), hence the longer timeout.
describe('dsr retention run', { timeout: 120_000 }, () => {
  let app: RetentionTestApp;
  let databaseUrl: string;
  let customerId: string;
  let contactId: string;
  beforeAll(async () => {
    app = await startRetentionTestApp('sqlite', new Date('2026-03-02T09:00:00Z'));
    databaseUrl = app.ctx.env.DATABASE_URL;
    customerId = (await createCustomer(app.ctx.db.prisma, { relationshipEndedOn: '2010-01-10' }))
      .id;
    // A former customer's contact goes with the customer (relationship end + 5 years).
    const formerCustomer = await createCustomer(app.ctx.db.prisma, {
      relationshipEndedOn: '2028-01-01',
    });
    contactId = (
      await createMarketingContact(app.ctx.db.prisma, {
        lastActivityOn: '2030-01-01',
        customerId: formerCustomer.id,
      })
    ).id;
    // No customer and no period in the notice: left to the two-yearly review.
    await createMarketingContact(app.ctx.db.prisma, { lastActivityOn: '2010-01-01' });
  });
  afterAll(() => app.dispose());

  async function dsr(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
    try {
      const { stdout, stderr } = await run(
        'pnpm',
        ['exec', 'tsx', 'src/cli/main.ts', 'retention', 'run', ...args],
        {
          cwd: apiDir,
          env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
        },
      );
      return { stdout, stderr, code: 0 };
    } catch (error) {
      const e = error as { stdout: string; stderr: string; code: number };
      return { stdout: e.stdout, stderr: e.stderr, code: e.code };
    }
  }

  it('when asked for a dry run, it prints a table row with type, id, rule, date and action, and deletes nothing', async () => {
    const { stdout, code } = await dsr('--dry-run');

    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^Retention dry run on \d{4}-\d{2}-\d{2}: nothing was changed\.$/);
    expect(lines[1]).toMatch(/^RECORD TYPE +ID +RULE +DELETABLE SINCE +ACTION +WHY$/);
    expect(stdout).toMatch(
      new RegExp(
        `customer +${customerId} +customer_data +2015-01-11 +would delete +retention period over`,
      ),
    );
    expect(stdout).toContain('Would delete: 1 (customer 1)');
    expect(stdout).toContain('marketing contact 2 (');
    expect(stdout).toContain('no period in the notice, left to the two-yearly review 1');
    expect(await app.ctx.db.prisma.customer.count({ where: { id: customerId } })).toBe(1);
  });

  it('when a dry run is given a later --today, the contact due then is listed too', async () => {
    const { stdout, code } = await dsr('--dry-run', '--today', '2033-01-02');

    expect(code).toBe(0);
    expect(stdout).toContain('Retention dry run on 2033-01-02');
    expect(stdout).toMatch(
      new RegExp(`marketing contact +${contactId} +marketing_contact +2033-01-02 +would delete`),
    );
  });

  it('when --today is not a date, or a real run is given a future date, it exits non-zero and deletes nothing', async () => {
    const bad = await dsr('--today', 'tomorrow');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--today: "tomorrow" is not a date written YYYY-MM-DD');

    const future = await dsr('--today', '2999-01-01');
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('cannot evaluate on 2999-01-01, after today');
    expect(await app.ctx.db.prisma.customer.count({ where: { id: customerId } })).toBe(1);
  });

  it('when run for real, it deletes what is due, says so in the table and the totals', async () => {
    const { stdout, code } = await dsr();

    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`customer +${customerId} +customer_data +2015-01-11 +deleted`),
    );
    expect(stdout).toContain('Deleted: 1 (customer 1)');
    expect(await app.ctx.db.prisma.customer.count({ where: { id: customerId } })).toBe(0);
    expect(
      await app.ctx.db.prisma.auditEntry.count({
        where: { action: 'retention.delete', recordId: customerId },
      }),
    ).toBe(1);
  });
});
