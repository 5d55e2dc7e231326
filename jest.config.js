/** Jest in ESM mode: run through `node --experimental-vm-modules` (see package.json scripts). */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/emulator'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false, tsconfig: 'test/tsconfig.json' }],
  },
  setupFilesAfterEnv: ['<rootDir>/test/helpers/network-guard.jest.cjs'],
  testTimeout: 30000,
  // Two files at once: most e2e time is spent waiting on child processes (CLI, stand-in, engines),
  // so on 2 cores two workers took the suite from 482 s to 360 s (measured on one loaded machine);
  // jest's default there is one. Files share nothing (each starts its own stand-in on free ports).
  maxWorkers: 2,
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
};
