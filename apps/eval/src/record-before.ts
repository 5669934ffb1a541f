/**
 * Prints a Snapshot of the checked-out engine as JSON. Run inside a worktree of the "before" commit
 * with this harness copied in (the steps are in the README, "External sets: the protocol"); the output is before-issue9.json.
 */
import { labelledDocuments } from './datasets';
import { evaluate, targets } from './evaluate';
import { snapshot } from './before';
import { externalReport } from './external/report';

const command = process.argv.slice(2).join(' ') || 'node -r @swc-node/register apps/eval/src/record-before.ts';
const report = evaluate(labelledDocuments());
process.stdout.write(`${JSON.stringify(snapshot(report, targets(report), externalReport(), command), null, 2)}\n`);
