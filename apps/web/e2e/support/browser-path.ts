import { accessSync, constants } from 'node:fs';

/** Debian's chromium (apt-get install chromium); CHROMIUM_PATH points elsewhere. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Throws, with how to install it, when there is no chromium to drive: the e2e run must fail, not skip. */
export function assertChromium(): string {
  const path = chromiumPath();
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `The end-to-end tests need Chromium at ${path}, and it is missing.\n` +
        '  Install it:   apt-get update && apt-get install -y --no-install-recommends chromium   (as root, Debian/Ubuntu)\n' +
        '  or point CHROMIUM_PATH at a Chromium/Chrome binary. (`npx playwright install` cannot download browsers on these machines.)',
    );
  }
  return path;
}
