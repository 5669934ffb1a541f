import { BadRequestException } from '@nestjs/common';

export const SOURCE_KINDS = ['outlet', 'cited'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceRef {
  kind: SourceKind;
  uuid: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Source ids are `outlet:<uuid>` or `cited:<uuid>`: outlets and cited sources live in different
 * tables whose uuids could (in principle) collide, and the prefix says which table to read.
 */
export function parseSourceId(id: string): SourceRef {
  const m = /^(outlet|cited):(.+)$/.exec(id.trim());
  if (!m || !UUID.test(m[2]!))
    throw new BadRequestException(`Malformed source id "${id.slice(0, 100)}": expected outlet:<uuid> or cited:<uuid>`);
  return { kind: m[1] as SourceKind, uuid: m[2]!.toLowerCase() };
}

export const formatSourceId = (kind: string, uuid: string) => `${kind}:${uuid}`;
