import { testEnv } from './app';

// Runs before each integration spec loads any app code: configuration is read once, when the
// config module is first imported, so the test environment must be in place before that.
testEnv();
jest.setTimeout(60_000);
