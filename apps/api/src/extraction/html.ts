import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlExtraction {
  text: string;
  title: string | null;
  /** False when Readability found no article and the whole body was used instead. */
  readability: boolean;
}

/**
 * HTML when the document opens with markup (after a BOM, whitespace and comments), or declares
 * itself with a doctype/<html>/<body> early on. A text file that merely mentions "<p>" mid-sentence
 * stays text.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const opening = head.replace(/^(\s|<!--[\s\S]*?-->)*/, '');
  if (
    /^<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|h[1-6]|section|header|table|ul|ol|span|a|br|blockquote)\b[^>]*>/i.test(
      opening,
    )
  )
    return true;
  return /<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head);
}

/** Elements whose content is never article text. Removed before Readability sees the page. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, head > link';

/** Elements that end a paragraph-like block: the scoring library segments by blocks, so keep them. */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'CAPTION',
]);

const ELEMENT = 1;
const TEXT = 3;

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Text of a DOM subtree with paragraph breaks kept: `textContent` glues "<p>a</p><p>b</p>" into
 * "ab", which would merge two sentences into one assertion.
 */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === TEXT) {
      out.push((n.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== ELEMENT && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) out.push('\n\n');
    else if (name === 'TD' || name === 'TH') out.push(' ');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The slice of the DOM this file uses (tsconfig has no DOM lib; linkedom's own typings lean on it). */
interface DomElement extends DomNode {
  nodeName: string;
  textContent: string | null;
  remove(): void;
}
interface DomDocument extends DomNode {
  body: DomElement | null;
  documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const dom = (html: string) => (parseHTML(html) as unknown as { document: DomDocument }).document;

function parse(html: string): DomDocument {
  let document = dom(html);
  // linkedom makes a bare fragment's first element the root ("<p>…</p>" → <p><head/><body/>…</p>);
  // wrap fragments in a real document so <body> holds them.
  if (document.documentElement?.nodeName.toUpperCase() !== 'HTML' || !document.body)
    document = dom(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll(NEVER_TEXT))) el.remove();
  return document;
}

/**
 * Article text from a web page: Readability picks the article out of navigation, ads and
 * comments; when it finds nothing (short pages, fragments) the whole body is used. Scripts and
 * styles are removed first, so their source can never reach the text either way.
 */
export function extractHtml(html: string): HtmlExtraction {
  const document = parse(html);
  const pageTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  // Readability mutates the document it is given; the fallback needs the untouched body.
  const fallback = document.body ? blockText(document.body) : '';

  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(parse(html) as unknown as ReadabilityDocument, { keepClasses: false }).parse();
  } catch {
    article = null; // Readability throws on some degenerate documents; the body text still counts.
  }
  const body = article?.content ? dom(`<!doctype html><html><body>${article.content}</body></html>`).body : null;
  const readabilityText = body ? blockText(body) : '';
  const title = article?.title?.replace(/\s+/g, ' ').trim() || pageTitle;
  if (readabilityText.trim()) return { text: readabilityText, title, readability: true };
  return { text: fallback, title, readability: false };
}
