/**
 * `npm run db:migration -- <name> [--from <old-schema.prisma>]`
 *
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that turns the schema of
 * the last commit (or --from) into the current prisma/schema.prisma. Prisma's own `migrate dev`
 * needs native engines we cannot download; `migrate diff` runs on its WebAssembly engine, which
 * wants a live database for its driver adapter, so a throwaway embedded PostgreSQL is started.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--from');
  if (!name || !/^[a-z][a-z0-9_]*$/.test(name))
    throw new Error('usage: npm run db:migration -- <name_in_snake_case> [--from old.prisma]');
  const root = resolve(__dirname, '..');
  const work = mkdtempSync(join(tmpdir(), 'migration-'));
  // PostgreSQL refuses to run as root, so embedded-postgres runs it as another user who must reach the data folder.
  chmodSync(work, 0o755);
  const fromArg = args.includes('--from') ? args[args.indexOf('--from') + 1] : undefined;
  const oldSchema = join(work, 'old.prisma');
  if (fromArg) writeFileSync(oldSchema, readFileSync(fromArg));
  else writeFileSync(oldSchema, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: root }));

  const db = await startEmbeddedPostgres(join(work, 'pg'), 54000 + Math.floor(Math.random() * 1000));
  try {
    const r = spawnSync(
      process.execPath,
      [
        require.resolve('prisma/build/index.js'),
        'migrate',
        'diff',
        '--from-schema-datamodel',
        oldSchema,
        '--to-schema-datamodel',
        'prisma/schema.prisma',
        '--script',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: db.url,
          PRISMA_QUERY_ENGINE_LIBRARY: join(root, 'package.json'),
          PRISMA_HIDE_UPDATE_MESSAGE: '1',
        },
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`prisma migrate diff failed:\n${r.stderr}`);
    const sql = r.stdout.trim();
    if (!sql || /^-- This is an empty migration/.test(sql)) {
      console.log('schema unchanged: no migration written');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = join(root, 'prisma', 'migrations', `${stamp}_${name}`);
    if (existsSync(dir)) throw new Error(`${dir} already exists`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), `${sql}\n`);
    console.log(`wrote ${dir}/migration.sql — review it, then \`npm start\` (or any process) applies it`);
  } finally {
    await db.release();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
