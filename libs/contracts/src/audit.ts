import type { IsoDateTime } from './common';

/** GET /api/audit: one entry; the bigint id as a string (JSON numbers lose precision above 2^53). */
export interface AuditLogEntry {
  id: string;
  at: IsoDateTime;
  actor: { id: string; email: string } | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}
