import type { TransactionClient } from '../generated/sqlite/internal/prismaNamespace';
import type { Database } from './client';

/** A Prisma interactive-transaction client; every multi-table write goes through one. */
export type Tx = TransactionClient;

/**
 * Runs `fn` in one transaction: a state change, its audit entry and its queued
 * emails commit together or not at all (DESIGN.md "Nothing is lost").
 */
export function inTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
}

/**
 * Serialises writers of a shared sequence (the audit chain) inside a transaction.
 * PostgreSQL: a transaction-scoped advisory lock. SQLite: writers are already
 * serialised by the database lock, so nothing is needed.
 */
export async function lockSequence(tx: Tx, db: Database, key: number): Promise<void> {
  if (db.provider === 'postgresql') {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${Math.trunc(key)})`);
  }
}
