// Unit tests run on SWC (fast, keeps decorator metadata for Nest later);
// type errors are caught by `npm run typecheck`, which CI runs first.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const moduleNameMapper = {
  '^@auditor/scoring$': '<rootDir>/libs/scoring/src/index.ts',
  '^@auditor/scoring/(.*)$': '<rootDir>/libs/scoring/src/$1',
  '^@auditor/corroboration$': '<rootDir>/libs/corroboration/src/index.ts',
  '^@auditor/vocabulary$': '<rootDir>/libs/vocabulary/src/index.ts',
  '^@auditor/contracts$': '<rootDir>/libs/contracts/src/index.ts',
};

module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/libs', '<rootDir>/apps'],
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '\\.int-spec\\.ts$'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
    },
    {
      // Real PostgreSQL (embedded, fresh per run), real HTTP through the Nest app.
      displayName: 'integration',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api/test'],
      testMatch: ['**/*.int-spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/support/setup-env.ts'],
    },
    {
      // The web app in a real browser (Debian's chromium through playwright-core) against the real
      // HTTP app on a random port and the same embedded PostgreSQL set-up. `npm test` runs it last.
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/web/e2e'],
      testMatch: ['**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': swc },
      moduleNameMapper,
      globalSetup: '<rootDir>/apps/web/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/apps/web/e2e/support/setup-env.ts'],
    },
  ],
};
