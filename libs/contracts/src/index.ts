/**
 * The response shapes of the HTTP API, as the browser receives them (see common.ts for dates).
 * Types only and framework-free: controllers and the services that build responses declare them
 * as return types, and the web client imports the same declarations, so a changed field is a
 * compile error on both sides instead of a silent mismatch.
 */
export type * from './common';
export type * from './accounts';
export type * from './articles';
export type * from './reviews';
export type * from './audit';
export type * from './sources';
export type * from './claims';
export type * from './workflow';
export type * from './scores';
export type * from './engine';
export type * from './source-merge';
