// Entry of an HTML extraction thread: threads do not inherit `-r @swc-node/register` (nor Jest's
// transform), so the TypeScript extractor is registered here.
require('@swc-node/register');
const { timedTask } = require('../common/thread-task.js');
const { htmlNestingDepth, MAX_HTML_DEPTH } = require('./html-depth.ts');
const { extractHtml } = require('./html.ts');

module.exports = timedTask((html) => {
  // Refused before parsing: building the DOM of such markup is where the time and memory go.
  if (htmlNestingDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH)
    return {
      refused: `The HTML is nested more than ${MAX_HTML_DEPTH} elements deep (browsers stop there too); upload its text instead`,
    };
  return extractHtml(html);
});
