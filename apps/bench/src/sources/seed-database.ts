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
  /** Wall time of the whole insert, generation included, index builds excluded. */
  insertMs: number;
  /** Secondary indexes built after the load, and the wall time that took. */
  indexes: number;
  indexMs: number;
}

/** The tables the corpus is bulk-loaded into. */
const LOADED_TABLES = ['"Article"', '"Assertion"', '"Score"', '"Attribution"'];
/**
 * Connections writing batches at once: PostgreSQL runs one statement per connection on one core,
 * and composing the next batch in Node costs a twentieth of writing it.
 */
const WRITERS = 2;
/** Memory each index build may sort in (per connection; two build at once). */
const INDEX_BUILD_MEMORY = '1GB';

/**
 * PostgreSQL's own advice for a bulk load (docs, "Populating a Database"): drop the indexes, load,
 * build them once. Maintaining a GIN full-text index and five B-trees row by row made seeding
 * 10 M assertions a 35–50 min job; a sorted build is a fraction of that. Primary keys stay (rows
 * refer to them); every other index, unique ones included, is dropped and rebuilt from its own
 * definition, so the database ends up exactly as migrated.
 */
async function dropSecondaryIndexes(db: Client): Promise<string[]> {
  const { rows } = await db.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [LOADED_TABLES],
  );
  for (const r of rows) await db.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

/** Builds the dropped indexes on two connections at once (one per core; PostgreSQL 18 also parallelises within a build). */
async function buildIndexes(url: string, definitions: readonly string[]): Promise<void> {
  const queue = [...definitions];
  const builder = async () => {
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await db.query(`SET maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
      for (let def = queue.shift(); def; def = queue.shift()) await db.query(def);
    } finally {
      await db.end();
    }
  };
  await Promise.all([builder(), builder()]);
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
 * previous ones are being written on WRITERS connections, with the secondary indexes dropped and
 * built once at the end. Scores are inserted like the scoring job's, so the
 * triggers queue every article for the summaries.
 */
export async function seedCorpus(
  url: string,
  pool: SentencePool,
  opts: CorpusOptions,
  batchSize: number,
  progress: (articles: number) => void,
): Promise<SeedResult> {
  const started = performance.now();
  const connect = async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    // A throwaway benchmark database: no need to wait for each commit's WAL flush.
    await c.query('SET synchronous_commit = off');
    return c;
  };
  const writers: Client[] = [];
  try {
    for (let k = 0; k < WRITERS; k++) writers.push(await connect());
    const db = writers[0]!;
    const rnd = new Random(opts.seed);
    const outlets = planOutlets(pool, opts, rnd);
    const outletIds = await insertOutlets(db, outlets);
    const citedIds = await insertCitedSources(db, pool);
    // The pool is a temporary table: each writer's session holds its own copy.
    for (const w of writers) await loadPool(w, pool, citedIds);

    const result: SeedResult = {
      outlets: outlets.length,
      citedSources: pool.citedSources.length,
      articles: 0,
      assertions: 0,
      attributions: 0,
      generateMs: 0,
      insertMs: 0,
      indexes: 0,
      indexMs: 0,
    };
    const indexes = await dropSecondaryIndexes(db);
    const writing: Array<Promise<void> | undefined> = writers.map(() => undefined);
    let composing = performance.now();
    let n = 0;
    for (const batch of batches(generateArticles(pool, outlets, opts, rnd), batchSize)) {
      const columns = toColumns(batch, outletIds, pool, pool.rubricVersion);
      result.generateMs += performance.now() - composing;
      // Batches are the same size, so taking the writers in turn keeps them all busy.
      const k = n++ % writers.length;
      await writing[k];
      const w = inTransaction(writers[k]!, columns.queries);
      // Awaited at this writer's next turn; marked handled now so a failure is not reported as unhandled first.
      w.catch(() => undefined);
      writing[k] = w;
      result.articles += batch.length;
      result.assertions += batch.reduce((s, a) => s + a.sentences.length, 0);
      result.attributions += columns.attributions;
      progress(result.articles);
      composing = performance.now();
    }
    await Promise.all(writing);
    result.insertMs = performance.now() - started;
    const building = performance.now();
    await buildIndexes(url, indexes);
    result.indexes = indexes.length;
    result.indexMs = performance.now() - building;
    return result;
  } finally {
    await Promise.all(writers.map((w) => w.end()));
  }
}
