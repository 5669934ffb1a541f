import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The repository root, where `npm start` runs. */
export const ROOT = resolve(__dirname, '../../../..');
/** `npm start`'s entry point, as node arguments. */
export const SERVICE_ENTRY = ['-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')];

export function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export interface ServiceProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:<port>/api` */
  base: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
}

/**
 * The real service process on a free port of 127.0.0.1, with `env` over this process's
 * environment (a key set to undefined is removed: `DATABASE_URL: undefined` means embedded).
 */
export async function spawnService(env: Record<string, string | undefined>): Promise<ServiceProcess> {
  const port = await freePort();
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  let output = '';
  const child = spawn(process.execPath, SERVICE_ENTRY, { cwd: ROOT, env: merged });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return { child, base: `http://127.0.0.1:${port}/api`, output: () => output };
}

/** True once /api/health/ready answers 200; false if the process exits or `ms` passes first. */
export async function becomesReady(svc: ServiceProcess, ms = 60_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until && svc.child.exitCode === null) {
    if (
      await fetch(`${svc.base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Spawns the service and waits for readiness, failing with its output when it does not come up. */
export async function startService(env: Record<string, string | undefined>, ms = 60_000): Promise<ServiceProcess> {
  const svc = await spawnService(env);
  if (!(await becomesReady(svc, ms))) throw new Error(`the service did not become ready:\n${svc.output()}`);
  return svc;
}

/** SIGTERM (or another signal) and the exit code, once the process has exited. */
export async function stopService(svc: ServiceProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (svc.child.exitCode !== null) return svc.child.exitCode;
  const exited = new Promise<number | null>((r) => svc.child.once('exit', (code) => r(code)));
  svc.child.kill(signal);
  return exited;
}
