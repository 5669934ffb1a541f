import { copyFileSync, mkdirSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Browser, BrowserContext, chromium, ConsoleMessage, Locator, Page } from 'playwright-core';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import type { Role } from '../../../api/src/generated/prisma/enums';
import { ADMIN, testEnv } from '../../../api/test/support/app';
import { createUserAndLogin, SignedInTestUser } from '../../../api/test/support/users';
import { chromiumPath } from './browser-path';

const ROOT = resolve(__dirname, '../../../..');
export const SCREENSHOT_DIR = join(ROOT, 'artifacts', 'screenshots');
export const DOCS_SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');

export interface E2eUser extends SignedInTestUser {
  email: string;
  role: Role;
}

/** A console or page error the test did not expect. */
interface Problem {
  page: string;
  text: string;
}

/** A browser tab with everything that went wrong in it recorded. */
export interface Tab {
  context: BrowserContext;
  page: Page;
  /** Lets `Failed to load resource: … status of <status>` for a URL matching `url` pass (a test provoking it). */
  allowHttpError(status: number, url: RegExp): void;
}

const LOAD_FAILED = /^Failed to load resource: the server responded with a status of (\d{3})/;

/**
 * One e2e suite's world: the real HTTP app (same modules, pipes, filters and web app as
 * `npm start`) listening on a random port over the run's embedded PostgreSQL, and one headless
 * Chromium. Each test opens tabs with `tab()`; `endTest()` (in afterEach) fails the test when any
 * tab logged a console error or threw, and closes the tabs.
 */
export class E2e {
  private tabs: Array<{ context: BrowserContext; problems: Problem[] }> = [];

  private constructor(
    readonly app: INestApplication,
    readonly http: TestAgent,
    readonly baseUrl: string,
    readonly browser: Browser,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<E2e> {
    // The product's staleness interval, not the integration tests' 0: a browser reads its own
    // changes through its session cookie (CardCache), and these flows are one person's.
    testEnv({ CARD_CACHE_MAX_STALE_MS: '5000', ...env });
    const { createHttpApp } = await import('../../../api/src/http-app');
    const app = await createHttpApp({ logs: false });
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as { address(): AddressInfo }).address();
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
    return new E2e(app, request(app.getHttpServer()), `http://127.0.0.1:${port}`, browser);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.app.close();
  }

  /** The admin created on start (ADMIN_EMAIL/ADMIN_PASSWORD of the test environment). */
  get admin(): { email: string; password: string } {
    return ADMIN;
  }

  async user(role: Role): Promise<E2eUser> {
    const u = await createUserAndLogin(this.app, this.http, role);
    return { ...u, email: u.user.email, role };
  }

  /** A fresh browser context (its own cookies) and page, watched for console and page errors. */
  async tab(): Promise<Tab> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      acceptDownloads: true,
      viewport: { width: 1280, height: 900 },
    });
    const problems: Problem[] = [];
    // Nothing is allowed by default: signed out, GET /api/auth/session answers 200 {user: null}.
    const allowed: Array<{ status: number; url: RegExp }> = [];
    const watch = (page: Page) => {
      page.on('pageerror', (e) => problems.push({ page: page.url(), text: `uncaught ${e.name}: ${e.message}` }));
      page.on('console', (m: ConsoleMessage) => {
        if (m.type() !== 'error') return;
        const failed = LOAD_FAILED.exec(m.text());
        const url = m.location().url;
        if (failed && allowed.some((a) => a.status === Number(failed[1]) && a.url.test(url))) return;
        problems.push({ page: page.url(), text: `console.error: ${m.text()}${url ? ` (${url})` : ''}` });
      });
    };
    context.on('page', watch);
    const page = await context.newPage();
    this.tabs.push({ context, problems });
    return { context, page, allowHttpError: (status, url) => allowed.push({ status, url }) };
  }

  /** afterEach: closes the test's tabs and fails the test if any logged an error. */
  async endTest(): Promise<void> {
    const tabs = this.tabs;
    this.tabs = [];
    await Promise.all(tabs.map((t) => t.context.close().catch(() => undefined)));
    const problems = tabs.flatMap((t) => t.problems);
    if (problems.length)
      throw new Error(
        `The browser reported ${problems.length} error(s):\n${problems.map((p) => `  - on ${p.page}: ${p.text}`).join('\n')}`,
      );
  }

  /** Signs in through the sign-in form and waits until the app has left /signin. */
  async signIn(page: Page, who: { email: string; password: string }, path = '/signin'): Promise<void> {
    await page.goto(path);
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  }

  /** A new tab signed in as `who`. */
  async signedIn(who: { email: string; password: string }, path?: string): Promise<Tab> {
    const tab = await this.tab();
    await this.signIn(tab.page, who);
    if (path) await tab.page.goto(path);
    return tab;
  }
}

/**
 * Saves artifacts/screenshots/<name>.png (git-ignored); with SCREENSHOTS_TO_DOCS=1
 * (`npm run screenshots`) screens marked `docs` are also copied to docs/screenshots/ for the README.
 */
export async function screenshot(
  page: Page,
  name: string,
  opts: { docs?: boolean; fullPage?: boolean } = {},
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? true });
  if (opts.docs && process.env.SCREENSHOTS_TO_DOCS === '1') {
    mkdirSync(DOCS_SCREENSHOT_DIR, { recursive: true });
    copyFileSync(file, join(DOCS_SCREENSHOT_DIR, `${name}.png`));
  }
  return file;
}

/** Uploads an article over the API (bearer) and waits until it is scored; returns its id. */
export async function uploadScored(e2e: E2e, token: string, body: Record<string, string>): Promise<string> {
  const r = await e2e.http.post('/api/articles?wait=true').set('Authorization', `Bearer ${token}`).send(body);
  if (r.status !== 200 && r.status !== 201) throw new Error(`upload failed: ${r.status} ${JSON.stringify(r.body)}`);
  const id = (r.body as { id?: string; articleId?: string }).id ?? (r.body as { articleId?: string }).articleId;
  if (!id) throw new Error(`upload answered without an id: ${JSON.stringify(r.body).slice(0, 300)}`);
  return id;
}

/** Waits until the locator's element is visible (15 s by default). */
export const visible = (locator: Locator, timeout = 15_000): Promise<void> =>
  locator.waitFor({ state: 'visible', timeout });

/** The scored assertions in the article text: links whose name starts with their provenance label. */
export const assertionLinks = (page: Page): Locator => page.getByRole('region', { name: 'Text' }).getByRole('link');
