import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditChainKeys } from '../../config/audit-chain-key';
import type { Database } from '../../db/client';
import { GENESIS_HASH } from './audit-hash';

/**
 * A checkpoint is the chain's head (last seq and its hash) at a moment,
 * signed with the audit key. Kept outside the database — in the log, in the
 * daily digest mail, in AUDIT_CHECKPOINT_FILE — it lets `dsr audit verify`
 * notice what the chain alone cannot: entries removed from the end, or a
 * chain rewritten from some point on by someone who also holds the key
 * (GDPR Art. 5(2) accountability; SECURITY.md "Audit trail").
 */
export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

const TAG = 'oikeus-audit-checkpoint';

function payloadOf(cp: Pick<AuditCheckpoint, 'seq' | 'hash' | 'at'>): string {
  return `${TAG} v1 seq=${cp.seq} at=${cp.at} hash=${cp.hash}`;
}

function macOf(key: Buffer, payload: string): Buffer {
  // A separate domain from entry hashes, so a checkpoint can never pass as an entry.
  return createHmac('sha256', key).update('checkpoint\n').update(payload).digest();
}

export function signAuditCheckpoint(
  keys: AuditChainKeys,
  head: { seq: number; hash: string; at: Date },
): AuditCheckpoint {
  const base = { seq: head.seq, hash: head.hash, at: head.at.toISOString() };
  return {
    ...base,
    keyId: keys.current.id,
    signature: macOf(keys.current.key, payloadOf(base)).toString('hex'),
  };
}

/** One line, safe to log, mail and paste back into `dsr audit verify --checkpoint`. */
export function formatAuditCheckpoint(cp: AuditCheckpoint): string {
  return `${payloadOf(cp)} sig=${cp.keyId}.${cp.signature}`;
}

const LINE =
  /oikeus-audit-checkpoint v1 seq=(\d{1,10}) at=(\S+) hash=([0-9a-z.]{64,90}) sig=([0-9a-f]{8})\.([0-9a-f]{64})/g;

/** Every checkpoint line found in a text (a log file, a saved mail, a pasted line). */
export function parseAuditCheckpoints(text: string): AuditCheckpoint[] {
  return [...text.matchAll(LINE)].map((m) => ({
    seq: Number(m[1]),
    at: m[2]!,
    hash: m[3]!,
    keyId: m[4]!,
    signature: m[5]!,
  }));
}

export function isAuditCheckpointSigned(cp: AuditCheckpoint, keys: AuditChainKeys): boolean {
  const key = keys.all.find((k) => k.id === cp.keyId);
  if (!key) return false;
  const expected = macOf(key.key, payloadOf(cp));
  const given = Buffer.from(cp.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The chain's current head, signed now. An empty chain checkpoints as seq 0. */
export async function createAuditCheckpoint(db: Database, at: Date): Promise<AuditCheckpoint> {
  const last = await db.prisma.auditEntry.findFirst({
    orderBy: { seq: 'desc' },
    select: { seq: true, hash: true },
  });
  return signAuditCheckpoint(db.auditKeys, {
    seq: last?.seq ?? 0,
    hash: last?.hash ?? GENESIS_HASH,
    at,
  });
}

/** Appends a checkpoint line to the file kept outside the database (created when missing). */
export function appendAuditCheckpointFile(file: string, cp: AuditCheckpoint): void {
  appendFileSync(file, `${formatAuditCheckpoint(cp)}\n`, { mode: 0o600 });
}

export function readAuditCheckpointFile(file: string): AuditCheckpoint[] {
  return existsSync(file) ? parseAuditCheckpoints(readFileSync(file, 'utf8')) : [];
}
