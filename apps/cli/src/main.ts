import { Command, CommanderError } from 'commander';
import { scoreCommand } from './commands/score';
import { importCommand } from './commands/import';
import { deriveMetadataCommand } from './commands/derive-metadata';
import { UsageError } from './input';

const program = new Command('source-audit')
  .description('Source-reliability and alarmism auditing for security and conflict reporting')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .addCommand(scoreCommand())
  .addCommand(importCommand())
  .addCommand(deriveMetadataCommand());

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  // One line, no stack trace: this is a message for a person at a terminal.
  process.stderr.write(`error: ${e instanceof UsageError ? e.message : (e as Error).message}\n`);
  process.exit(1);
});
