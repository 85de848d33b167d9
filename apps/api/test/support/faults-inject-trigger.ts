// Fault injection for "a crash between steps" tests: a trigger that makes every
// insert (or update/delete) on one table fail inside the database, so a use
// case dies half-way through its transaction exactly as it would on a real
// error at that step. Needs a database of the test's own (never the shared one).
import type { AppContext } from '../../src/context';

export type FaultEvent = 'INSERT' | 'UPDATE' | 'DELETE';

export interface InjectedFault {
  /** Drops the trigger: the next attempt runs normally. */
  remove(): Promise<void>;
}

/**
 * Installs a BEFORE trigger on `table` that raises "injected fault" for `event`,
 * or only for rows matching `when` (SQL over NEW valid in both dialects, e.g.
 * `NEW."status" = 'sent'`).
 */
export async function failEveryWrite(
  ctx: AppContext,
  table: string,
  event: FaultEvent,
  options: { when?: string } = {},
): Promise<InjectedFault> {
  const message = 'injected fault';
  const when = options.when ? ` WHEN (${options.when})` : '';
  const name = `fault_${table.toLowerCase()}_${event.toLowerCase()}`;
  const prisma = ctx.db.prisma;
  if (ctx.db.provider === 'sqlite') {
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER "${name}" BEFORE ${event} ON "${table}" FOR EACH ROW${when} BEGIN SELECT RAISE(ABORT, '${message}'); END`,
    );
    return { remove: async () => void (await prisma.$executeRawUnsafe(`DROP TRIGGER "${name}"`)) };
  }
  await prisma.$executeRawUnsafe(
    `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${message}'; END $$`,
  );
  await prisma.$executeRawUnsafe(
    `CREATE TRIGGER "${name}" BEFORE ${event} ON "${table}" FOR EACH ROW${when} EXECUTE FUNCTION "${name}"()`,
  );
  return {
    remove: async () => {
      await prisma.$executeRawUnsafe(`DROP TRIGGER "${name}" ON "${table}"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION "${name}"()`);
    },
  };
}
