import { resolve } from 'node:path';

/** Where `npm run web:build` writes the single-page app (apps/web/dist), unless WEB_DIST_DIR says otherwise. */
export const DEFAULT_WEB_DIST_DIR = resolve(__dirname, '../../../web/dist');

/**
 * The GET paths answered with index.html: all but the API (and its docs), which keep their JSON
 * 404s, and /assets/, where a missing file is a 404 rather than HTML posing as a script.
 *
 * A RegExp render path rather than serve-static's `exclude` option on purpose: for an excluded
 * path its error middleware turns *every* error into a 404, so body-parser failures on /api
 * (413 too large, 400 bad JSON) would lose their status.
 */
export const SPA_ROUTES = /^\/(?!api(?:\/|$)|assets\/)/;

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');
