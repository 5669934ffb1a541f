// A thread entry for the pool's own tests: sleeps for the given milliseconds (blocking, as a slow
// parse would) and answers with its thread's nice value.
const { readlinkSync } = require('node:fs');
const { getPriority } = require('node:os');
const { timedTask } = require('../../src/common/thread-task.js');

module.exports = timedTask((ms) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  return { nice: getPriority(Number(readlinkSync('/proc/thread-self').split('/').pop())) };
});
