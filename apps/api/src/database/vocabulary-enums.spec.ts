import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ARTICLE_STATUSES,
  PROVENANCES,
  PUBLISHED_AT_SOURCES,
  REVIEW_DECISIONS,
  ROLES,
  SOURCE_TYPES,
} from '@auditor/vocabulary';
import * as generated from '../generated/prisma/enums';

/** The database enums must hold exactly the shared vocabulary, in the same order. */
const schema = readFileSync(join(__dirname, '../../../../prisma/schema.prisma'), 'utf8');

function schemaEnum(name: string): string[] {
  const m = new RegExp(`^enum ${name} \\{([^}]*)\\}`, 'm').exec(schema);
  if (!m) throw new Error(`prisma/schema.prisma has no enum ${name}`);
  return m[1]
    .split('\n')
    .map((l) => l.replace(/\/\/.*$/, '').trim())
    .filter(Boolean);
}

describe('Prisma enums follow the shared vocabulary', () => {
  it.each([
    ['SourceType', SOURCE_TYPES],
    ['Provenance', PROVENANCES],
    ['Role', ROLES],
    ['ArticleStatus', ARTICLE_STATUSES],
    ['ReviewDecision', REVIEW_DECISIONS],
    ['PublishedAtSource', PUBLISHED_AT_SOURCES],
  ] as const)('%s in the schema and in the generated client', (name, values) => {
    expect(schemaEnum(name)).toEqual([...values]);
    expect(Object.values((generated as Record<string, Record<string, string>>)[name])).toEqual([...values]);
  });
});
