// A permission or prohibition is received at a time of day in Finland, and
// the latest decision per channel is the one that applies (GDPR Art. 21(3):
// a prohibition at once). The form's `datetime-local` field holds Helsinki
// wall-clock time; the contract wants an instant.
import { CONTROLLER_TIME_ZONE } from '../../../lib/format-date';

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const wallFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: CONTROLLER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallParts(instant: Date): Record<string, string> {
  return Object.fromEntries(wallFormat.formatToParts(instant).map((p) => [p.type, p.value]));
}

/** An instant as the `YYYY-MM-DDTHH:mm` a `datetime-local` field shows, in Helsinki. */
export function helsinkiWallTime(instant: Date): string {
  const p = wallParts(instant);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Helsinki's offset from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function offsetAt(instant: number): number {
  const p = wallParts(new Date(instant));
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return wall - Math.floor(instant / 60_000) * 60_000;
}

/**
 * `2026-02-20T14:30` in Helsinki → `2026-02-20T12:30:00.000Z`; null when the
 * text is not such a time. A time the spring change skips counts as the hour after.
 */
export function instantOfHelsinkiWallTime(wallTime: string): string | null {
  const match = WALL_TIME.exec(wallTime.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59)
    return null;
  let instant = asUtc - offsetAt(asUtc);
  // Near a clock change the first guess may use the other offset.
  instant = asUtc - offsetAt(instant);
  return new Date(instant).toISOString();
}
