import type { HolidayCalendar, RegisterDescription } from '@oikeus/domain';
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { Env } from './config/env';
import type { SuppressionKeys } from './config/suppression-key';
import type { Database } from './db/client';

/** Everything a use case or router needs, built once at start-up and passed down. */
export interface AppContext {
  env: Env;
  db: Database;
  logger: Logger;
  clock: Clock;
  /** Key material for session tokens (jose, HS256) and keyed hashes. */
  secret: Uint8Array;
  /** Keys of the marketing suppression list's hashes; never the session secret. */
  suppressionKeys: SuppressionKeys;
  /** Inope Oy's privacy notice as data: drives the notice page, exports and retention. */
  registerDescription: RegisterDescription;
  /** The controller's public holidays for deadlines, read once at start-up (HOLIDAY_CALENDAR_FILE). */
  holidayCalendar: HolidayCalendar;
}
