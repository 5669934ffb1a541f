import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDirs } from '../../api/test/support/scratch-dirs';
import { buildPdf } from '../../api/test/support/pdf';

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

  it('dates plain text by its dateline unless --published says otherwise, and prints the date it used', () => {
    const text = 'KABUL, 3 September 2022 — The Taliban said no foreign fighters were in the country.';
    const dated = JSON.parse(cli(['score', '-', '--json'], text).stdout);
    expect(dated.publishedAt).toBe('2022-09-03');
    expect(dated.assertions[0].provenance).toBe('official');
    const given = JSON.parse(cli(['score', '-', '--json', '--published', '2020-01-15'], text).stdout);
    expect(given.publishedAt).toBe('2020-01-15');
    expect(given.assertions[0].provenance).toBe('insurgent');
    expect(
      JSON.parse(cli(['score', '-', '--json'], 'The Taliban said the road was open.').stdout).publishedAt,
    ).toBeNull();
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

  it('reads an HTML page as an upload is: article text only, offsets into the text it prints, date from its metadata', () => {
    const page = join(tmp, 'page.html');
    writeFileSync(
      page,
      `<!doctype html><html><head><title>Pass closed | Valley Courier</title>
      <meta property="article:published_time" content="2026-03-09T06:00:00Z"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About us</a></nav>
      <article><h1>Pass closed</h1>
      <p>The border service said on Sunday that the Kulma pass had been closed after heavy snowfall.</p>
      <p>Drivers told the Courier that dozens of lorries were stranded on the road to Murghob.</p>
      <p>The Taliban said in a statement that their side of the pass would stay open.</p></article>
      <footer>© 2026 Valley Courier. All rights reserved.</footer></body></html>`,
    );
    const r = cli(['score', page, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.format).toBe('html');
    expect(doc.title).toMatch(/Pass closed/);
    expect(doc.text).not.toMatch(/</);
    expect(doc.text).not.toMatch(/All rights reserved/);
    expect(doc.assertions.map((a: { attribution: { source: string } | null }) => a.attribution?.source)).toEqual([
      'The border service',
      'Drivers',
      'Taliban',
    ]);
    for (const a of doc.assertions) expect(doc.text.slice(a.start, a.end)).toBe(a.text);
    // The page's own date counts, as for an upload (the Taliban speak as a government after August 2021), unless
    // --published overrides it.
    expect(doc.publishedAt).toBe('2026-03-09');
    expect(doc.assertions[2].provenance).toBe('official');
    const earlier = JSON.parse(cli(['score', page, '--json', '--published', '2019-05-02']).stdout);
    expect(earlier.publishedAt).toBe('2019-05-02');
    expect(earlier.assertions[2].provenance).toBe('insurgent');
  });

  it('reads a PDF, by its name or from standard input by its bytes', () => {
    const pdf = buildPdf(['The border service said the Kulma pass had been closed after heavy snowfall.']);
    const file = join(tmp, 'notice.pdf');
    writeFileSync(file, pdf);
    for (const r of [cli(['score', file, '--json']), cli(['score', '-', '--json'], pdf)]) {
      expect(r.code).toBe(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.format).toBe('pdf');
      expect(doc.assertions[0]).toMatchObject({ attribution: { source: 'The border service' } });
    }
  });

  it('refuses a file whose content is not what its name says in one line, and reads other endings by their bytes', () => {
    const fake = join(tmp, 'fake.pdf');
    writeFileSync(fake, 'The border service said the pass was closed.');
    const r = cli(['score', fake, '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/named as .*PDF.* but its content is/i);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const log = join(tmp, 'notes.log');
    writeFileSync(log, '<html><body><p>The border service said the pass was closed.</p></body></html>');
    const sniffed = JSON.parse(cli(['score', log, '--json']).stdout);
    expect(sniffed.format).toBe('html');
    expect(sniffed.text).toBe('The border service said the pass was closed.');
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
