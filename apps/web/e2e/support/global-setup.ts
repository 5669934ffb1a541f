import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import integrationSetup from '../../../api/test/support/global-setup';
import { runTempDirs } from '../../../api/test/support/global-teardown';
import { assertChromium } from './browser-path';

const ROOT = resolve(__dirname, '../../../..');

/**
 * Before any e2e spec: Chromium must exist (fail, don't skip), the web app is built from the
 * current sources into a temporary folder (so the run never tests a stale apps/web/dist nor
 * overwrites it), and the embedded PostgreSQL starts as for the integration tests.
 * E2E_WEB_DIST=<folder> tests an existing build instead.
 */
export default async function globalSetup(): Promise<void> {
  assertChromium();
  let dist = process.env.E2E_WEB_DIST;
  if (dist) {
    if (!existsSync(join(dist, 'index.html'))) throw new Error(`E2E_WEB_DIST=${dist} has no index.html`);
  } else {
    const parent = mkdtempSync(join(tmpdir(), 'source-audit-web-'));
    runTempDirs.push(parent);
    dist = join(parent, 'dist');
    const vite = join(ROOT, 'node_modules', '.bin', 'vite');
    try {
      execFileSync(
        vite,
        ['build', '--config', 'apps/web/vite.config.ts', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: ROOT, stdio: 'pipe' },
      );
    } catch (e) {
      const err = e as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `Building the web app for the e2e tests failed (npm run web:build shows the same):\n${String(err.stderr ?? '')}${String(err.stdout ?? '')}`,
        { cause: e },
      );
    }
  }
  process.env.WEB_DIST_DIR = dist;
  await integrationSetup();
}
