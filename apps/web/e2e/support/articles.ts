import { buildPdf } from '../../../api/test/support/pdf';

/**
 * A short article whose sentences the scorer reads as four assertions of different provenance
 * (an official, an anonymous source, the author's own voice, the military); `tag` makes the
 * content unique, as identical content is recognised as a duplicate upload.
 */
export function articleSentences(tag: string): string[] {
  return [
    `Taliban fighters overran two districts in Kunduz province, the provincial governor Abdul Jabbar Naeemi said on Tuesday (${tag}).`,
    'According to unnamed sources, hundreds of foreign militants are infesting the valley.',
    'The Islamic Movement of Uzbekistan is a growing threat throughout Central Asia.',
    'ISAF said in a statement that three insurgents were detained near Kunduz on Monday.',
  ];
}

export const articleText = (tag: string) => articleSentences(tag).join(' ');

export const articleHtml = (tag: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kunduz districts fall (${tag})</title></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Kunduz districts fall (${tag})</h1>
${articleSentences(tag)
  .map((s) => `<p>${s}</p>`)
  .join('\n')}
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>`;

export const articlePdf = (tag: string) => buildPdf(articleSentences(tag));
