/** Who made a change, as the audit log records it. */
export interface Actor {
  /** Null for the import CLI, which acts as the system rather than a signed-in user. */
  userId: string | null;
  requestId?: string | null;
}
