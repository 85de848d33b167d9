import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * Names the process that compiles a package: host, pid and a boot id drawn
 * once per process. The boot id tells a restarted process from its
 * predecessor even when the pid is reused (a container's pid 1).
 */
const BOOT_ID = randomBytes(4).toString('hex');

/** How long a compile may go without a heartbeat before it counts as dead. */
export const COMPILE_LEASE_MS = 2 * 60_000;
/** How often a running compile refreshes its heartbeat (well inside the lease). */
export const COMPILE_HEARTBEAT_MS = 20_000;

export function thisCompileOwner(): string {
  return `${hostname()}:${process.pid}:${BOOT_ID}`;
}

/**
 * True when the owner ran on this host and its process is gone (or is this
 * very process after a restart under the same pid). Owners on other hosts
 * cannot be checked from here: their heartbeat decides.
 */
export function isOwnerGoneOnThisHost(owner: string | null): boolean {
  if (owner === null) return false;
  const parts = owner.split(':');
  const [pidText, bootId] = parts.slice(-2);
  if (parts.slice(0, -2).join(':') !== hostname()) return false;
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return bootId !== BOOT_ID;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the pid exists but belongs to someone else, so it is not our compile.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** True when a compiling package can no longer finish: its process is gone or silent past the lease. */
export function isCompileInterrupted(
  row: { compiledBy: string | null; heartbeatAt: Date | null; createdAt: Date },
  now: Date,
): boolean {
  if (isOwnerGoneOnThisHost(row.compiledBy)) return true;
  const lastSign = row.heartbeatAt ?? row.createdAt;
  return now.getTime() - lastSign.getTime() > COMPILE_LEASE_MS;
}
