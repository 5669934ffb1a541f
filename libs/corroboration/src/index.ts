export { fingerprint, isSpecific, hash32 } from './fingerprint';
export type { Fingerprint, FigureMention } from './fingerprint';
export {
  similarity,
  similarityParts,
  figuresDisagree,
  SAME_CLAIM_THRESHOLD,
  FIGURE_CONFLICT_RATIO,
  INCIDENT_WINDOW_DAYS,
} from './similarity';
export type { SimilarityParts } from './similarity';
export { ClaimIndex, blockingKeys } from './claim-index';
export type { ClaimIndexOptions, SerialisedClaimIndex } from './claim-index';
export { groupExhaustively } from './exhaustive';
export type { ClaimInput, ClaimRecord, AddResult } from './types';
export { analyseGroup, VERBATIM_JACCARD } from './group-analysis';
export type { GroupAnalysis, GroupMember, ClaimOrigin, MemberRole } from './group-analysis';
export { figureConflicts, subjectFigureConflicts } from './figure-conflicts';
export type { FigureConflict, SubjectClaim } from './figure-conflicts';
export { withSyndicatedCopies } from './syndication';
export type { SyndicatedCopy, SyndicatedRepeat, SyndicatedAnalysis } from './syndication';
