import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The property tests run thousands of cases; how long they take depends on
    // the machine and its load, which no test may depend on (speed belongs to
    // `pnpm bench`). The default 5 s timed out under a loaded CI runner.
    testTimeout: 120_000,
  },
});
