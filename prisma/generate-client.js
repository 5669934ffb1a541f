#!/usr/bin/env node
// Runs `prisma generate` without Prisma's native engines, which cannot be downloaded here.
// The client is generated with engineType "client" (it talks to PostgreSQL through the pg driver
// adapter) and never loads the query engine library, but Prisma 6.19's generate step insists the
// file exists: pointing it at any existing file satisfies the check.
const { spawnSync } = require('node:child_process');
const { resolve } = require('node:path');

const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY || resolve(__dirname, '..', 'package.json'),
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};
const r = spawnSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate'], {
  stdio: 'inherit',
  env,
  cwd: resolve(__dirname, '..'),
});
process.exit(r.status ?? 1);
