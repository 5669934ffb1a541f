// Entry of a prompt scoring thread: ordinary articles (see scoring-pool.ts), at the process's own
// priority. A few tens of milliseconds of work each, so they cannot hold a core for long, and at
// nice 10 an upload waited behind any other busy process on the machine.
require('@swc-node/register');
module.exports = require('./scoring-task.ts').default;
