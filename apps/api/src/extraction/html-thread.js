// Entry of an HTML extraction thread: threads do not inherit `-r @swc-node/register` (nor Jest's
// transform), so the TypeScript extractor is registered here.
require('@swc-node/register');
const { timedTask } = require('../common/thread-task.js');
const { extractHtml } = require('./html.ts');
module.exports = timedTask((html) => extractHtml(html));
