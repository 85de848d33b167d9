// A test that logs console.error fails (STYLE.md): errors must be asserted, not printed.
import { afterEach } from 'vitest';

let errors: unknown[][] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args);
  original(...args);
};
afterEach(() => {
  const seen = errors;
  errors = [];
  if (seen.length > 0) {
    throw new Error(
      `console.error was called ${seen.length} time(s): ${String(seen[0]?.[0]).slice(0, 200)}`,
    );
  }
});
