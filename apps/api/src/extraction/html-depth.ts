/**
 * Chromium's HTML parser stops nesting elements at this depth (kMaximumHTMLParserDOMTreeDepth);
 * no article a browser shows needs more, while markup nested hundreds of thousands deep costs the
 * DOM library seconds and hundreds of megabytes before Readability even starts.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Elements that never hold children (void), or whose next sibling closes them implicitly (p, li,
 * td, option…: the parsing algorithm's "implied end tags"); counting them as opened would make an
 * old page of unclosed paragraphs look thousands deep.
 */
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta source track wbr param keygen ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot rb rt rp rtc colgroup caption'
  ).split(' '),
);

/** Raw-text elements: what looks like markup inside them is text. */
const RAW_TEXT = /<(script|style|textarea|title|xmp|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/**
 * The deepest element nesting of an HTML document, counted over its tags alone (a linear scan,
 * tens of milliseconds for megabytes): what a parser would build, give or take unbalanced closes.
 * Stops counting once `limit` is passed.
 */
export function htmlNestingDepth(html: string, limit = Infinity): number {
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  const text = html.replace(RAW_TEXT, ' ');
  let depth = 0;
  let deepest = 0;
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    const name = m[2].toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) {
      deepest = depth;
      if (deepest > limit) break;
    }
  }
  return deepest;
}
