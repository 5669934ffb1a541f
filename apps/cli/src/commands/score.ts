import { Command } from 'commander';
import { scoreDocument, ScoredDocument } from '@auditor/scoring';
import { OUTLET_TYPES } from '@auditor/vocabulary';
import { parseDate, parseOutletType, readText } from '../input';

interface ScoreOptions {
  json?: boolean;
  outletType?: string;
  published?: string;
  author?: string;
}

function table(doc: ScoredDocument): string {
  const rows = doc.assertions.map((a) => {
    const src = a.attribution ? `${a.attribution.source}${a.attribution.named ? '' : ' (unnamed)'}` : '';
    const text = a.text.replace(/\s+/g, ' ');
    return [
      String(a.index),
      a.provenance,
      String(a.scores.sourcingQuality),
      String(a.scores.alarmism),
      a.admiralty,
      a.hedged ? 'yes' : '',
      src.slice(0, 28),
      text.length > 70 ? `${text.slice(0, 69)}…` : text,
    ];
  });
  const header = ['#', 'provenance', 'sourcing', 'alarm', 'grade', 'hedged', 'source', 'assertion'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const s = doc.summary;
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `rubric ${doc.rubricVersion} · ${s.assertions} assertions · sourcing mean ${s.sourcingQuality.mean} · alarmism mean ${s.alarmism.mean} · hedged ${Math.round(s.hedgedShare * 100)}%`,
    `provenance: ${Object.entries(s.byProvenance)
      .filter(([, n]) => n > 0)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')}`,
  ].join('\n');
}

export function scoreCommand(): Command {
  return new Command('score')
    .description('score one article (a file, or - for standard input) and print its assertions')
    .argument('<file>', 'text file to score, or - for standard input')
    .option('--json', 'print one JSON document instead of a table')
    .option(
      '--outlet-type <type>',
      `outlet type: ${OUTLET_TYPES.slice(0, -1).join(', ')} or ${OUTLET_TYPES[OUTLET_TYPES.length - 1]}`,
    )
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--author <name>', "the article's author, whose self-quotes are not attribution")
    .action((file: string, opts: ScoreOptions) => {
      const outletType = parseOutletType(opts.outletType);
      const publishedAt = parseDate(opts.published);
      const text = readText(file);
      const doc = scoreDocument(text, { outletType, publishedAt, author: opts.author });
      process.stdout.write(opts.json ? `${JSON.stringify(doc)}\n` : `${table(doc)}\n`);
    });
}
