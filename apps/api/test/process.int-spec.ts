import { spawnSync } from 'node:child_process';
import { ROOT, SERVICE_ENTRY, ServiceProcess, startService, stopService } from './support/service-process';
import { scratchDirs } from './support/scratch-dirs';

const scratchDir = scratchDirs('proc-');

// The real `npm start` entry point as a child process: configuration errors, readiness, docs,
// request ids and a graceful SIGTERM.

describe('service process', () => {
  it('refuses to start with bad configuration, naming each bad variable', () => {
    const r = spawnSync(process.execPath, SERVICE_ENTRY, {
      cwd: ROOT,
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
    let svc: ServiceProcess;
    let base: string;
    const output = () => svc.output();

    beforeAll(async () => {
      svc = await startService(
        {
          NODE_ENV: 'test',
          LOG_LEVEL: 'info',
          DATA_DIR: scratchDir(),
          JWT_SECRET: 'process-test-secret-process-test-secret',
          ADMIN_EMAIL: 'proc@example.test',
          ADMIN_PASSWORD: 'process-test-password',
        },
        45_000,
      );
      base = svc.base;
    });

    afterAll(() => stopService(svc, 'SIGKILL'));

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
      const line = output()
        .split('\n')
        .find((l) => l.includes('trace-me-123'));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ req: { id: 'trace-me-123' } });
    });

    it('starts without warnings (a route-path warning at every start hid real ones)', () => {
      const warnings = output()
        .split('\n')
        .filter((l) => l.startsWith('{') && (JSON.parse(l) as { level?: number }).level === 40);
      expect(warnings).toEqual([]);
    });

    it('shuts down gracefully on SIGTERM', async () => {
      expect(await stopService(svc)).toBe(0);
      expect(output()).toMatch(/SIGTERM received/);
    });
  });
});
