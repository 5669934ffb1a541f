/** Test support: the attribution stage run on synthetic sentences, one paragraph, no segmenter. */
import { attribute } from '../index';
import { docFrom } from './synthetic-doc';
import type { Attribution } from '../../types';

/** The attribution of a one-sentence document. */
export const attributionOf = (sentence: string): Attribution | null => attribute(docFrom([[sentence]]), {})[0];

/** The attribution of the last of several sentences read as one paragraph (so earlier ones give antecedents). */
export function lastAttribution(...sentences: string[]): Attribution | null {
  const res = attribute(docFrom([sentences]), {});
  return res[res.length - 1];
}
