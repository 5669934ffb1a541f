import { testEnv } from '../../../api/test/support/app';

// As for the integration tests: the environment must be in place before app code is imported.
testEnv();
// A browser, scoring jobs and page loads: slower than API tests.
jest.setTimeout(120_000);
