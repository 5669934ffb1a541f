import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ArticlePlan, CorpusOptions, generateArticles, OutletPlan, planOutlets } from './corpus';
import { Random } from './random';
import { SentencePool } from './sentence-pool';

export interface SeedResult {
  outlets: number;
  citedSources: number;
  articles: number;
  assertions: number;
  attributions: number;
  /** Time spent composing articles and their columns (overlaps with the inserts). */
  generateMs: number;
  /** Wall time of the whole insert, generation included. */
  insertMs: number;
}

/**
 * The scored sentences live in a temporary table for the load, so each assertion row ships only
 * its article, position, offset and pool index; its text, scores, signals and attribution are
 * joined in by PostgreSQL instead of travelling a million times over the socket.
 */
const CREATE_POOL = `
  CREATE TEMP TABLE bench_sentence (
    idx int PRIMARY KEY, text text NOT NULL, length int NOT NULL, provenance "Provenance" NOT NULL,
    sourcing_quality int NOT NULL, alarmism int NOT NULL, hedged boolean NOT NULL, admiralty text NOT NULL, signals jsonb NOT NULL,
    cited_source_id uuid, source_text text, span_start int, span_end int, cue text, named boolean, via text)`;

const FILL_POOL = `
  INSERT INTO bench_sentence
  SELECT u.idx, u.text, u.length, u.provenance::"Provenance", u.sq, u.al, u.hedged, u.admiralty, u.signals,
         u.cited, u.source_text, u.span_start, u.span_end, u.cue, u.named, u.via
  FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::int[], $6::int[], $7::boolean[], $8::text[], $9::jsonb[],
              $10::uuid[], $11::text[], $12::int[], $13::int[], $14::text[], $15::boolean[], $16::text[])
       AS u(idx, text, length, provenance, sq, al, hedged, admiralty, signals, cited, source_text, span_start, span_end, cue, named, via)`;

const INSERT_ARTICLES = `
  INSERT INTO "Article" ("id", "outletId", "title", "publishedAt", "contentHash", "text", "format", "status", "rubricVersion", "scoredAt", "updatedAt")
  SELECT u.id, u.outlet, u.title, u.published, u.hash, u.text, 'text', 'scored', $7, now(), now()
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::text[]) AS u(id, outlet, title, published, hash, text)`;

const INSERT_ASSERTIONS = `
  INSERT INTO "Assertion" ("id", "articleId", "position", "start", "end", "text")
  SELECT u.id, u.article, u.position, u.start, u.start + p.length, p.text
  FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[]) AS u(id, article, position, start, sentence)
  JOIN bench_sentence p ON p.idx = u.sentence`;

const INSERT_SCORES = `
  INSERT INTO "Score" ("id", "assertionId", "rubricVersion", "provenance", "sourcingQuality", "alarmism", "hedged", "admiralty", "signals")
  SELECT u.id, u.assertion, $4, p.provenance, p.sourcing_quality, p.alarmism, p.hedged, p.admiralty, p.signals
  FROM unnest($1::uuid[], $2::uuid[], $3::int[]) AS u(id, assertion, sentence)
  JOIN bench_sentence p ON p.idx = u.sentence`;

const INSERT_ATTRIBUTIONS = `
  INSERT INTO "Attribution" ("id", "scoreId", "citedSourceId", "sourceText", "spanStart", "spanEnd", "cue", "named", "via")
  SELECT gen_random_uuid(), u.score, p.cited_source_id, p.source_text, u.start + p.span_start, u.start + p.span_end, p.cue, p.named, p.via
  FROM unnest($1::uuid[], $2::int[], $3::int[]) AS u(score, start, sentence)
  JOIN bench_sentence p ON p.idx = u.sentence`;

async function insertOutlets(db: Client, outlets: readonly OutletPlan[]): Promise<string[]> {
  const ids = outlets.map(() => randomUUID());
  await db.query(
    `INSERT INTO "Outlet" ("id", "name", "type") SELECT * FROM unnest($1::uuid[], $2::text[], $3::"SourceType"[])`,
    [ids, outlets.map((o) => o.name), outlets.map((o) => o.type)],
  );
  return ids;
}

/** Returns the id of each cited source by canonical name. */
async function insertCitedSources(db: Client, pool: SentencePool): Promise<Map<string, string>> {
  const ids = new Map(pool.citedSources.map((c) => [c.canonicalName, randomUUID()]));
  const cs = pool.citedSources;
  // Alias lists differ in length, which a two-dimensional array cannot hold: one JSON array each.
  await db.query(
    `INSERT INTO "CitedSource" ("id", "canonicalName", "type", "named", "aliases")
     SELECT u.id, u.name, u.type, u.named, ARRAY(SELECT jsonb_array_elements_text(u.aliases))
     FROM unnest($1::uuid[], $2::text[], $3::"SourceType"[], $4::boolean[], $5::jsonb[]) AS u(id, name, type, named, aliases)`,
    [
      cs.map((c) => ids.get(c.canonicalName)),
      cs.map((c) => c.canonicalName),
      cs.map((c) => c.type),
      cs.map((c) => c.named),
      cs.map((c) => JSON.stringify(c.aliases)),
    ],
  );
  return ids;
}

async function loadPool(db: Client, pool: SentencePool, citedIds: Map<string, string>): Promise<void> {
  const s = pool.sentences;
  const at = (f: (a: NonNullable<(typeof s)[number]['attribution']>) => unknown) =>
    s.map((x) => (x.attribution ? f(x.attribution) : null));
  await db.query(CREATE_POOL);
  await db.query(FILL_POOL, [
    s.map((_, i) => i),
    s.map((x) => x.text),
    s.map((x) => x.text.length),
    s.map((x) => x.provenance),
    s.map((x) => x.sourcingQuality),
    s.map((x) => x.alarmism),
    s.map((x) => x.hedged),
    s.map((x) => x.admiralty),
    s.map((x) => x.signals),
    at((a) => citedIds.get(a.canonical)),
    at((a) => a.source),
    at((a) => a.span[0]),
    at((a) => a.span[1]),
    at((a) => a.cue),
    at((a) => a.named),
    at((a) => a.via),
  ]);
  await db.query('ANALYZE bench_sentence');
}

/** One batch as column arrays for unnest; ids are made here so scores and attributions can refer to them. */
function toColumns(
  batch: readonly ArticlePlan[],
  outletIds: readonly string[],
  pool: SentencePool,
  rubricVersion: string,
) {
  const articles = {
    id: [] as string[],
    outlet: [] as string[],
    title: [] as string[],
    published: [] as string[],
    hash: [] as string[],
    text: [] as string[],
  };
  const assertions = {
    id: [] as string[],
    article: [] as string[],
    position: [] as number[],
    start: [] as number[],
    sentence: [] as number[],
    score: [] as string[],
  };
  const attributions = { score: [] as string[], start: [] as number[], sentence: [] as number[] };
  for (const a of batch) {
    const articleId = randomUUID();
    articles.id.push(articleId);
    articles.outlet.push(outletIds[a.outlet]!);
    articles.title.push(a.title);
    articles.published.push(a.publishedAt.toISOString());
    articles.hash.push(a.contentHash);
    articles.text.push(a.text);
    a.sentences.forEach((sentence, position) => {
      const scoreId = randomUUID();
      assertions.id.push(randomUUID());
      assertions.article.push(articleId);
      assertions.position.push(position);
      assertions.start.push(a.starts[position]!);
      assertions.sentence.push(sentence);
      assertions.score.push(scoreId);
      if (pool.sentences[sentence]!.attribution) {
        attributions.score.push(scoreId);
        attributions.start.push(a.starts[position]!);
        attributions.sentence.push(sentence);
      }
    });
  }
  return {
    attributions: attributions.score.length,
    queries: [
      [
        INSERT_ARTICLES,
        [articles.id, articles.outlet, articles.title, articles.published, articles.hash, articles.text, rubricVersion],
      ],
      [
        INSERT_ASSERTIONS,
        [assertions.id, assertions.article, assertions.position, assertions.start, assertions.sentence],
      ],
      [INSERT_SCORES, [assertions.score, assertions.id, assertions.sentence, rubricVersion]],
      [INSERT_ATTRIBUTIONS, [attributions.score, attributions.start, attributions.sentence]],
    ] as Array<[string, unknown[]]>,
  };
}

function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function inTransaction(db: Client, queries: ReadonlyArray<[string, unknown[]]>): Promise<void> {
  await db.query('BEGIN');
  try {
    for (const [sql, params] of queries) await db.query(sql, params);
    await db.query('COMMIT');
  } catch (e) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * Writes outlets, cited sources and the generated articles with their assertions, scores and
 * attributions, `batchSize` articles per transaction. The next batch is composed while the
 * previous one is being written (one core each for Node and PostgreSQL). Scores are inserted
 * like the scoring job's, so the triggers queue every article for the summaries.
 */
export async function seedCorpus(
  url: string,
  pool: SentencePool,
  opts: CorpusOptions,
  batchSize: number,
  progress: (articles: number) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // A throwaway benchmark database: no need to wait for each commit's WAL flush.
    await db.query('SET synchronous_commit = off');
    const rnd = new Random(opts.seed);
    const outlets = planOutlets(pool, opts, rnd);
    const outletIds = await insertOutlets(db, outlets);
    await loadPool(db, pool, await insertCitedSources(db, pool));

    const result: SeedResult = {
      outlets: outlets.length,
      citedSources: pool.citedSources.length,
      articles: 0,
      assertions: 0,
      attributions: 0,
      generateMs: 0,
      insertMs: 0,
    };
    let writing: Promise<void> | undefined;
    let composing = performance.now();
    for (const batch of batches(generateArticles(pool, outlets, opts, rnd), batchSize)) {
      const columns = toColumns(batch, outletIds, pool, pool.rubricVersion);
      result.generateMs += performance.now() - composing;
      await writing;
      writing = inTransaction(db, columns.queries);
      // Awaited at the next turn; marked handled now so a failure is not reported as unhandled first.
      writing.catch(() => undefined);
      result.articles += batch.length;
      result.assertions += batch.reduce((s, a) => s + a.sentences.length, 0);
      result.attributions += columns.attributions;
      progress(result.articles);
      composing = performance.now();
    }
    await writing;
    result.insertMs = performance.now() - started;
    return result;
  } finally {
    await db.end();
  }
}
