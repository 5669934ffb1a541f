import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The real `npm start` entry point as a child process: configuration errors, readiness, docs,
// request ids and a graceful SIGTERM.
const root = resolve(__dirname, '../../..');
const entry = ['-r', '@swc-node/register', join(root, 'apps/api/src/main.ts')];

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

describe('service process', () => {
  it('refuses to start with bad configuration, naming each bad variable', () => {
    const r = spawnSync(process.execPath, entry, {
      cwd: root,
      env: {
        ...process.env,
        PORT: 'eighty',
        MAX_UPLOAD_BYTES: '-5',
        WORKER_MODE: 'sometimes',
        DATABASE_URL: 'mysql://nope',
      },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Invalid configuration/);
    for (const key of ['PORT', 'MAX_UPLOAD_BYTES', 'WORKER_MODE', 'DATABASE_URL'])
      expect(r.stderr).toContain(`- ${key}:`);
  });

  describe('running', () => {
    let child: ChildProcess;
    let base: string;
    let output = '';

    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}/api`;
      child = spawn(process.execPath, entry, {
        cwd: root,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          DATA_DIR: mkdtempSync(join(tmpdir(), 'proc-')),
          JWT_SECRET: 'process-test-secret-process-test-secret',
          ADMIN_EMAIL: 'proc@example.test',
          ADMIN_PASSWORD: 'process-test-password',
        },
      });
      child.stdout?.on('data', (d) => (output += d));
      child.stderr?.on('data', (d) => (output += d));
      const until = Date.now() + 45_000;
      for (;;) {
        const ok = await fetch(`${base}/health/ready`)
          .then((r) => r.ok)
          .catch(() => false);
        if (ok) break;
        if (Date.now() > until || child.exitCode !== null) throw new Error(`service did not become ready:\n${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    });

    afterAll(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });

    it('reports readiness with the database checked, and liveness', async () => {
      const ready = await (await fetch(`${base}/health/ready`)).json();
      expect(ready).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
      expect((await fetch(`${base}/health`)).status).toBe(200);
    });

    it('serves the OpenAPI document', async () => {
      const html = await fetch(`${base}/docs`);
      expect(html.status).toBe(200);
      const spec = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, unknown> };
      expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/articles', '/api/auth/login']));
    });

    it('logs structured JSON with a request id it echoes back', async () => {
      const r = await fetch(`${base}/articles`, { headers: { 'x-request-id': 'trace-me-123' } });
      expect(r.status).toBe(401);
      expect(r.headers.get('x-request-id')).toBe('trace-me-123');
      await new Promise((res) => setTimeout(res, 300));
      const line = output.split('\n').find((l) => l.includes('trace-me-123'));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ req: { id: 'trace-me-123' } });
    });

    it('shuts down gracefully on SIGTERM', async () => {
      const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toMatch(/SIGTERM received/);
    });
  });
});
