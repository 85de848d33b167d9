import type { AppContext } from '../src/context';
import type { BenchOptions } from './bench-options';
import type { BenchStaff } from './bench-staff';
import type { RawDb } from './raw-db';
import type { ExportSubject } from './seed-export-subject';
import type { RegisterPerson } from './seed-requests';

/** Everything a scenario needs on one seeded database. */
export interface BenchRun {
  options: BenchOptions;
  /** `SQLite` or `PostgreSQL`, as printed in the table. */
  label: string;
  ctx: AppContext;
  /** The real app listening on a free port. */
  url: string;
  /** Waits until the app has answered everything a load run left in flight. */
  settle(): Promise<void>;
  raw: RawDb;
  staff: BenchStaff;
  /** Register customers some accounts were made from (search targets). */
  people: RegisterPerson[];
  /** Ids of seeded requests to open in the detail scenario. */
  sampleRequestIds: string[];
  exportSubject: ExportSubject;
  log(message: string): void;
}

export function consoleHeaders(run: BenchRun): Record<string, string> {
  return { cookie: run.staff.cookie, accept: 'application/json' };
}
