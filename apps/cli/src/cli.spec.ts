import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDirs } from '../../api/test/support/scratch-dirs';

const scratchDir = scratchDirs('cli-spec-');

// Runs the real CLI the way users do (tsx entry point), checking the JSON contract and bad input.
const root = resolve(__dirname, '../../..');
const seeds = resolve(root, '../shared/seeds');
const tmp = scratchDir();

function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', join(root, 'apps/cli/src/main.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli score', () => {
  jest.setTimeout(60_000);
  const seed = join(seeds, '003_52405558d12fdc3c.txt');

  it('prints one JSON document whose offsets slice the input exactly', () => {
    const r = cli(['score', seed, '--json', '--outlet-type', 'media']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const text = readFileSync(seed, 'utf8');
    expect(typeof doc.rubricVersion).toBe('string');
    expect(doc.assertions.length).toBeGreaterThan(20);
    for (const a of doc.assertions) {
      expect(text.slice(a.start, a.end)).toBe(a.text);
      expect(['official', 'military', 'insurgent', 'independent', 'media', 'anonymous', 'unattributed']).toContain(
        a.provenance,
      );
      expect(a.admiralty).toMatch(/^[A-F][1-6]$/);
      expect(a.scores.sourcingQuality).toBeGreaterThanOrEqual(0);
      expect(a.scores.alarmism).toBeLessThanOrEqual(100);
      for (const s of a.signals)
        expect(Object.keys(s)).toEqual(expect.arrayContaining(['id', 'weight', 'span', 'reason']));
    }
    expect(doc.summary.assertions).toBe(doc.assertions.length);
    // The author's own voice in a media outlet takes the outlet type.
    expect(
      doc.assertions
        .filter((a: { attribution: unknown }) => !a.attribution)
        .every((a: { provenance: string }) => a.provenance === 'media'),
    ).toBe(true);
  });

  it('reads standard input and prints a table without --json', () => {
    const r = cli(
      ['score', '-'],
      'ISAF said the commander was killed in Kunduz on Tuesday. Reports say two others fled.',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/provenance/);
    expect(r.stdout).toMatch(/military/);
    expect(r.stdout).toMatch(/anonymous/);
  });

  it.each([
    [['score', join(tmp, 'missing.txt'), '--json'], /file not found/],
    [['score', '-', '--json', '--outlet-type', 'blog'], /unknown outlet type "blog"/],
    [['score', '-', '--json', '--published', '2021-13-40'], /invalid date/],
  ])('refuses bad input %j with a one-line message', (args, message) => {
    const r = cli(args as string[], 'Some text.');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses empty text and binary data', () => {
    const empty = cli(['score', '-', '--json'], '   \n\t ');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
    const bin = join(tmp, 'blob.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    const binary = cli(['score', bin, '--json']);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/binary/);
    const latin1 = cli(
      ['score', '-', '--json'],
      Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]),
    );
    expect(latin1.code).toBe(1);
    expect(latin1.stderr).toMatch(/not valid UTF-8/);
  });
});
