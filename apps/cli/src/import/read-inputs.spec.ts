import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ReadResult, readInputs } from './read-inputs';
import { scratchDirs } from '../../../api/test/support/scratch-dirs';

const scratchDir = scratchDirs('import-');

async function collect(path: string): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(path)) out.push(r);
  return out;
}

describe('import inputs', () => {
  it('reads a folder with INDEX.json metadata (the shared seeds)', async () => {
    const results = await collect(resolve(__dirname, '../../../../../shared/seeds'));
    const records = results.flatMap((r) => ('record' in r ? [r.record] : []));
    expect(records).toHaveLength(5);
    const daily = records.find((r) => r.origin.startsWith('003'))!;
    expect(daily.metadata).toMatchObject({ outlet: 'Daily Outlook Afghanistan', outletType: 'media' });
    const aan = records.find((r) => r.origin.startsWith('004'))!;
    expect(aan.metadata).toMatchObject({ author: 'Thomas Ruttig', publishedAt: '2013-10' });
  });

  it('reads JSONL records and reports bad lines without stopping', async () => {
    const dir = scratchDir();
    const file = join(dir, 'batch.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', text: 'One claim.', outlet: 'X', outletType: 'media', eventDate: '2011-01-02' }),
        '{not json',
        JSON.stringify({ title: 'no body' }),
        JSON.stringify({ html: '<p>Two.</p>' }),
      ].join('\n'),
    );
    const results = await collect(file);
    expect(results).toHaveLength(4);
    expect(results[0]).toMatchObject({
      record: {
        content: { text: 'One claim.' },
        metadata: { outlet: 'X', outletType: 'media', publishedAt: '2011-01-02' },
      },
    });
    expect(results[1]).toMatchObject({ origin: 'batch.jsonl:2', error: expect.stringMatching(/invalid JSON/) });
    expect(results[2]).toMatchObject({ error: expect.stringMatching(/neither "text" nor "html"/) });
    expect(results[3]).toMatchObject({ record: { content: { html: '<p>Two.</p>' } } });
  });

  it('refuses unsupported files in a folder, one by one', async () => {
    const dir = scratchDir();
    writeFileSync(join(dir, 'a.txt'), 'A claim.');
    writeFileSync(join(dir, 'b.docx'), 'x');
    const results = await collect(dir);
    expect(results).toEqual([
      { record: expect.objectContaining({ origin: 'a.txt' }) },
      { origin: 'b.docx', error: expect.stringMatching(/unsupported file type \.docx/) },
    ]);
  });
});
