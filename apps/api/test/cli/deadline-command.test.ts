import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const apiDir = path.resolve(import.meta.dirname, '../..');

async function dsr(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('pnpm', ['exec', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: apiDir,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

describe('dsr deadline', () => {
  it('when received on 3 March 2026, the deadline skips the Easter block and the JSON names the skipped holidays', async () => {
    const { stdout, code } = await dsr('deadline', '--received', '2026-03-03');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown> & {
      skippedDays: Array<{ date: string; name?: { fi: string } }>;
    };
    expect(out).toMatchObject({
      receivedDate: '2026-03-03',
      dueDate: '2026-04-07',
      extendedDueDate: '2026-06-03',
      targetDate: '2026-03-31',
    });
    expect(out.skippedDays.map((d) => d.date)).toEqual([
      '2026-04-03',
      '2026-04-04',
      '2026-04-05',
      '2026-04-06',
    ]);
    expect(out.skippedDays[0]?.name?.fi).toBe('Pitkäperjantai');
  });

  it('when an identity pause is given, the paused days are added before the weekend shift', async () => {
    const { stdout } = await dsr(
      'deadline',
      '--received',
      '2026-09-02T09:00:00Z',
      '--paused',
      '2026-09-10/2026-09-11',
    );
    expect(JSON.parse(stdout)).toMatchObject({ dueDate: '2026-10-05', pausedDays: 1 });
  });

  it('when the receipt date is not a date, it exits non-zero with a message naming the option', async () => {
    const { stderr, code } = await dsr('deadline', '--received', 'yesterday');
    expect(code).toBe(1);
    expect(stderr).toContain('--received');
  });
});
