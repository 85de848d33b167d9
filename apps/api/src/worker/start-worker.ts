import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { AppContext } from '../context';
import { createMailTransport } from '../features/mail/create-mail-transport';
import type { MailTransport } from '../features/mail/mail-transport';
import { sendDueMail, type SendDueMailResult } from '../features/mail/send-due-mail';
import { scanReminders, type ScanRemindersResult } from '../features/reminders/scan-reminders';

/** A periodic job besides mail and reminders (e.g. retention), run by the same loop machinery. */
export interface WorkerTask {
  name: string;
  intervalMs: number;
  run(ctx: AppContext): Promise<unknown>;
}

export interface WorkerOptions {
  /** Shown in OutboxMessage.lockedBy; defaults to host:pid:random. */
  workerId?: string;
  /** Defaults to the MAIL_TRANSPORT one; tests pass their own. */
  transport?: MailTransport;
  outboxIntervalMs?: number;
  reminderIntervalMs?: number;
  /** false: no timers, only runOnce (tests and the CLI). Default true. */
  isLooping?: boolean;
  /** Jitter source for mail retries. */
  random?: () => number;
  extraTasks?: WorkerTask[];
}

export interface WorkerRunResult {
  reminders: ScanRemindersResult | null;
  outbox: SendDueMailResult | null;
}

export interface Worker {
  workerId: string;
  /** Runs the reminder scan, then sends due mail, once; waits for a loop run already in progress. */
  runOnce(options?: { reminders?: boolean; outbox?: boolean }): Promise<WorkerRunResult>;
  /** Stops the timers, waits for the current run to finish and closes the transport. */
  stop(): Promise<void>;
  /** Loop runs waiting on a timer or in progress: 0 after stop(), so nothing more can run. */
  readonly pendingRuns: number;
}

/** Runs one job at a time per kind: a tick that finds the job still running is skipped. */
class SerialJob<T> {
  private current: Promise<T> | null = null;
  constructor(private readonly job: () => Promise<T>) {}
  get isRunning(): boolean {
    return this.current !== null;
  }
  async run(): Promise<T> {
    while (this.current) await this.current.catch(() => undefined);
    const running = this.job();
    this.current = running;
    try {
      return await running;
    } finally {
      this.current = null;
    }
  }
  async settle(): Promise<void> {
    while (this.current) await this.current.catch(() => undefined);
  }
}

/**
 * The worker: sends the mail outbox every few seconds and scans deadlines for
 * reminders every few minutes. Stateless apart from its id: any number of
 * workers (in API processes with RUN_WORKER or alone via `dsr worker`) can run
 * against one PostgreSQL database; the outbox claim and the reminders' unique
 * keys split the work without duplicates.
 */
export function startWorker(ctx: AppContext, options: WorkerOptions = {}): Worker {
  const workerId =
    options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const isOwnTransport = options.transport === undefined;
  const transport = options.transport ?? createMailTransport(ctx);
  const log = ctx.logger.child({ workerId });

  const outbox = new SerialJob(() =>
    sendDueMail(ctx, { transport, workerId, random: options.random }),
  );
  const reminders = new SerialJob(() => scanReminders(ctx));
  const loops: Array<{ name: string; intervalMs: number; job: SerialJob<unknown> }> = [
    {
      name: 'reminders',
      intervalMs: options.reminderIntervalMs ?? ctx.env.WORKER_REMINDER_INTERVAL_MINUTES * 60_000,
      job: reminders,
    },
    {
      name: 'outbox',
      intervalMs: options.outboxIntervalMs ?? ctx.env.WORKER_OUTBOX_INTERVAL_SECONDS * 1000,
      job: outbox,
    },
    ...(options.extraTasks ?? []).map((task) => ({
      name: task.name,
      intervalMs: task.intervalMs,
      job: new SerialJob(() => task.run(ctx)),
    })),
  ];

  let isStopped = false;
  const timers = new Set<NodeJS.Timeout>();

  function schedule(loop: (typeof loops)[number], delayMs: number): void {
    if (isStopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (isStopped) return;
      const started = loop.job.isRunning ? Promise.resolve() : loop.job.run();
      started
        .then((outcome) => {
          if (outcome && typeof outcome === 'object')
            log.debug({ job: loop.name, outcome }, 'worker job done');
        })
        .catch((err: unknown) => {
          // Logged without the message body or addresses; the next tick retries.
          log.error(
            {
              job: loop.name,
              err: err instanceof Error ? { name: err.name, message: err.message } : String(err),
            },
            'worker job failed',
          );
        })
        .finally(() => schedule(loop, loop.intervalMs));
    }, delayMs);
    timers.add(timer);
  }

  if (options.isLooping !== false) {
    for (const loop of loops) schedule(loop, 0);
    log.info(
      { loops: loops.map((l) => ({ job: l.name, intervalMs: l.intervalMs })) },
      'worker started',
    );
  }

  return {
    workerId,
    get pendingRuns() {
      return timers.size + loops.filter((loop) => loop.job.isRunning).length;
    },
    async runOnce(which = {}) {
      const runReminders = which.reminders ?? true;
      const runOutbox = which.outbox ?? true;
      return {
        reminders: runReminders ? await reminders.run() : null,
        outbox: runOutbox ? await outbox.run() : null,
      };
    },
    async stop() {
      isStopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await Promise.all(loops.map((loop) => loop.job.settle()));
      if (isOwnTransport) await transport.close();
      if (options.isLooping !== false) log.info('worker stopped');
    },
  };
}
