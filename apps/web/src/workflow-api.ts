/**
 * The review workflow's endpoints (assignments, comments, saved filters, source names), beside
 * api.ts and through its `request()` (same CSRF header and error handling), kept apart so the
 * workflow's calls and types read in one place.
 */
import type {
  AssertionComment,
  AssignByFilterResult,
  AssignmentView,
  AssignResult,
  ParagraphContext,
  ReviewerList,
  SavedFilter,
  SourceKind,
  SourceOption,
  UserRef,
} from '@auditor/contracts';
import { request } from './api';

export type {
  AssertionComment,
  AssignmentView,
  AssignResult,
  ParagraphContext,
  ReviewerList,
  SavedFilter,
  SourceOption,
  UserRef,
};

export const workflowApi = {
  sourceNames: (q: string, kind?: SourceKind, signal?: AbortSignal) =>
    request<SourceOption[]>('/source-names', { query: { q, kind, limit: 8 }, signal }),
  sourcesByIds: (ids: string[]) => request<SourceOption[]>('/source-names', { query: { ids: ids.join(',') } }),

  reviewers: () => request<ReviewerList>('/reviews/reviewers'),
  assignmentOf: (assertionId: string) =>
    request<{ assignment: AssignmentView | null }>(`/reviews/assignments/${encodeURIComponent(assertionId)}`),
  assign: (assertionIds: string[], assigneeId: string | null) =>
    request<AssignResult>('/reviews/assignments', { method: 'PUT', json: { assertionIds, assigneeId } }),
  assignView: (query: string, limit: number, assigneeId: string | null) =>
    request<AssignByFilterResult>('/reviews/assignments/by-filter', {
      method: 'POST',
      json: { query, limit, assigneeId },
    }),

  comments: (assertionId: string) => request<AssertionComment[]>(`/assertions/${assertionId}/comments`),
  addComment: (assertionId: string, body: string) =>
    request<AssertionComment>(`/assertions/${assertionId}/comments`, { method: 'POST', json: { body } }),

  savedFilters: () => request<SavedFilter[]>('/reviews/saved-filters'),
  saveFilter: (name: string, query: string) =>
    request<SavedFilter>('/reviews/saved-filters', { method: 'POST', json: { name, query } }),
  renameFilter: (id: string, name: string) =>
    request<SavedFilter>(`/reviews/saved-filters/${id}`, { method: 'PATCH', json: { name } }),
  deleteFilter: (id: string) => request<void>(`/reviews/saved-filters/${id}`, { method: 'DELETE' }),
};
