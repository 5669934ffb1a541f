import type { SourceKind } from './sources';
import type { IsoDateTime } from './common';

/** The review workflow around decisions: who reviews what, reviewers' notes, saved queue views. */

export interface UserRef {
  id: string;
  email: string;
}

/** The paragraph an assertion sits in, without the assertion itself (shown around it). */
export interface ParagraphContext {
  /** Paragraph text before the assertion (from the paragraph's start, or clipped). */
  before: string;
  /** Paragraph text after the assertion. */
  after: string;
  /** True when `before` was cut short of the paragraph's start (a very long paragraph). */
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** An assertion's assignee, as queue items and the assignment route report it. */
export interface AssignmentView {
  assignee: UserRef;
  assignedBy: UserRef | null;
  assignedAt: IsoDateTime;
}

/** PUT /api/reviews/assignments: assign up to 200 assertions to one reviewer, or unassign them (null). */
export interface AssignRequest {
  assertionIds: string[];
  assigneeId: string | null;
}

export interface AssignResult {
  /** Assertions whose assignee changed (an assertion already assigned to that reviewer is left as it is). */
  changed: number;
  assignments: Array<{ assertionId: string; assignment: AssignmentView | null }>;
}

/** POST /api/reviews/assignments/by-filter: the first `limit` items of a queue view. */
export interface AssignByFilterRequest {
  /** The queue's filters as a query string (as saved filters hold them). */
  query: string;
  limit: number;
  assigneeId: string | null;
}

export interface AssignByFilterResult extends AssignResult {
  /** How many items the view holds in all (only the first `limit` were assigned). */
  matched: number;
}

/** GET /api/reviews/reviewers: the people an assertion can be assigned to. */
export type ReviewerList = UserRef[];

/** GET/POST /api/assertions/:id/comments. */
export interface AssertionComment {
  id: string;
  assertionId: string;
  /** Null once the author's account is gone. */
  author: UserRef | null;
  body: string;
  createdAt: IsoDateTime;
}

export interface CommentRequest {
  body: string;
}

/** /api/reviews/saved-filters: a user's named queue view (the queue's query string, e.g. "signal=…&assignee=me"). */
export interface SavedFilter {
  id: string;
  name: string;
  query: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface SavedFilterRequest {
  name: string;
  query: string;
}

/** GET /api/source-names: an outlet or cited source found by name (or alias), for pickers. */
export interface SourceOption {
  /** `outlet:<uuid>` or `cited:<uuid>`, as report cards and the queue filter take it. */
  id: string;
  kind: SourceKind;
  name: string;
  type: string | null;
  /** The alias the search matched, when it was not the name itself. */
  matchedAlias: string | null;
}
