import { basename } from 'node:path';
import { Command } from 'commander';
import { HttpException } from '@nestjs/common';
import { dateFromText, scoreDocument, ScoredDocument } from '@auditor/scoring';
import { formatOfFilename, OUTLET_TYPES } from '@auditor/vocabulary';
import { extractArticle, type Extracted } from '../../../api/src/extraction/extract';
import { sniff } from '../../../api/src/extraction/sniff';
import { deriveMetadata } from '../../../api/src/articles/derive-metadata';
import { parseDate, parseOutletType, readBytes, readText, UsageError } from '../input';

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
    .argument('<file>', 'article to score (text, HTML or PDF), or - for standard input')
    .option('--json', 'print one JSON document instead of a table')
    .option(
      '--outlet-type <type>',
      `outlet type: ${OUTLET_TYPES.slice(0, -1).join(', ')} or ${OUTLET_TYPES[OUTLET_TYPES.length - 1]}`,
    )
    .option('--published <date>', 'publication date, YYYY-MM-DD')
    .option('--author <name>', "the article's author, whose self-quotes are not attribution")
    .action(async (file: string, opts: ScoreOptions) => {
      const outletType = parseOutletType(opts.outletType);
      const given = parseDate(opts.published);
      const bytes = readBytes(file);
      const extracted = await extractMarkup(file, bytes);
      // Plain text is scored as given, so the JSON offsets slice the input itself.
      const text = extracted?.text ?? readText(file, bytes);
      // Undated, the article's date is what it says about itself, as for an upload: the page's metadata, else the
      // text's masthead or dateline ("KABUL, 3 September 2022 —").
      const found = extracted ? deriveMetadata(extracted, {}).publishedAt : dateFromText(text, new Date());
      const publishedAt = given ?? found ?? undefined;
      const doc = scoreDocument(text, { outletType, publishedAt, author: opts.author });
      const dated = { ...doc, publishedAt: publishedAt?.toISOString().slice(0, 10) ?? null };
      // From HTML or PDF the offsets are into the extracted text, which the JSON carries with the format and title.
      const out = extracted ? { ...dated, format: extracted.format, title: extracted.title, text } : dated;
      process.stdout.write(opts.json ? `${JSON.stringify(out)}\n` : `${table(doc)}\n`);
    });
}

/**
 * An HTML page or a PDF (by its name's ending or, for any other name and standard input, by its bytes) is read
 * as an upload is: the article's text extracted, boilerplate and markup left out. Null for plain text.
 */
async function extractMarkup(file: string, bytes: Buffer): Promise<Extracted | null> {
  const filename = file === '-' ? undefined : basename(file);
  // Any other ending ("notes.log") is read as a name without one, as the command always has: the bytes decide.
  const declared = formatOfFilename(filename);
  const markup = (kind: string | null) => kind === 'html' || kind === 'pdf';
  if (!markup(declared) && (declared === 'text' || !markup(sniff(bytes).kind))) return null;
  try {
    return await extractArticle({ source: 'file', bytes, filename: declared === null ? undefined : filename });
  } catch (e) {
    // The upload's own message ("… is named as a PDF file but its content is text …"), without the HTTP status.
    if (e instanceof HttpException) throw new UsageError(e.message);
    throw e;
  }
}
