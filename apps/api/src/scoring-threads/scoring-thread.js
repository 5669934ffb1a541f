// Entry of a scoring worker thread. Threads do not inherit `node -r @swc-node/register` (nor Jest's
// transform), so the TypeScript task is registered here; it resolves @auditor/* through tsconfig.
require('@swc-node/register');
require('../common/thread-task.js').lowerThreadPriority();
module.exports = require('./scoring-task.ts').default;
