/**
 * Canonical source names, so that one origin cited under several names ("ISAF", "International
 * Security Assistance Force", "the ISAF Joint Command") counts once — the AAN critique's "data mist"
 * is many outlets repeating one source.
 */
import { analyseMention, type MentionParts } from './mention-parts';

const LEADING_ARTICLE = /^(?:the|a|an)\s+/i;

export function canonicalFromParts(p: MentionParts): string {
  if (p.person) return p.text.slice(p.person[0], p.person[1]);
  const head = p.head;
  const personRole = head && (head.info.person || head.info.crowd || head.info.type === 'anonymous' && !head.info.document);
  if (p.orgs.length > 0 && !personRole) return p.orgs[0].canonical;
  return p.text.replace(LEADING_ARTICLE, '').replace(/\s+/g, ' ').trim();
}

/** Alias-normalised name of a source mention ("the ICG report" → "International Crisis Group"). */
export function canonicalSourceName(mention: string): string {
  return canonicalFromParts(analyseMention(mention));
}

/**
 * Document-aware canonical: a surname alone ("Tucker") becomes the full name the document gave
 * earlier ("Noah Tucker"). Only the text before `before` is searched, by plain indexOf, so the cost
 * stays proportional to the number of occurrences rather than to a regex scan of the document.
 */
export function resolveSurname(name: string, docText: string, before: number): string {
  if (/\s/.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) return name;
  let at = docText.indexOf(name);
  while (at >= 0 && at < before) {
    const after = docText[at + name.length];
    if (!after || !/[\p{L}]/u.test(after)) {
      const words = docText.slice(Math.max(0, at - 60), at).split(/\s+/);
      words.pop();
      const given: string[] = [];
      for (let k = words.length - 1; k >= 0 && given.length < 2; k--) {
        const w = words[k];
        if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(w) || /^(?:The|A|An|And|But|Army|Analyst|Col|Gen|Lt|Maj|Capt)$/.test(w)) break;
        given.unshift(w);
      }
      if (given.length > 0 && docText[at - 1] === ' ') return `${given.join(' ')} ${name}`;
    }
    at = docText.indexOf(name, at + name.length);
  }
  return name;
}
