import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['skills/*/*/tests/**/*.test.ts', 'tests/**/*.test.ts', 'shared/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Skills run as child processes in many tests; two cores share them better with forks.
    pool: 'forks',
  },
})
