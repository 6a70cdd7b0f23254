import { type Command, Option } from 'commander';
import { RequestError } from '../http/request-error.js';
import { type OutputOptions, withServices } from './context.js';
import { type ExportFormat, openExportFile, runExport } from './users-export.js';
import { defaultCheckpointPath, type ImportSummary, inferFormat, runImport } from './users-import.js';

interface ImportCommandOptions extends OutputOptions {
  format?: 'jsonl' | 'csv';
  batchSize: string;
  rejects?: string;
  checkpoint?: string;
  restart?: boolean;
  progressEvery: string;
  testBatchDelay?: string;
}

const positive = (name: string, value: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new RequestError('guard.invalid_input', 400, {
      message: `${name} "${value}": must be a whole number from 1`,
    });
  return number;
};

const n = (value: number) => value.toLocaleString('en-US');

function importLines(summary: ImportSummary): string[] {
  if (summary.alreadyCompleted)
    return [
      `${summary.file} was imported completely already (${n(summary.imported)} users, ${n(summary.rejected)} rejected rows): nothing to do.`,
      'Run with --restart to import it again.',
    ];
  const lines = [
    `${summary.completed ? 'Imported' : 'Interrupted:'} ${n(summary.imported)} users from ${summary.file}` +
      `${summary.resumedFromLine ? ` (resumed at line ${n(summary.resumedFromLine)})` : ''} in ${(summary.elapsedMs / 1000).toFixed(1)} s, ${n(summary.rowsPerSecond)} rows/s.`,
  ];
  if (summary.rejected > 0) {
    lines.push(`Rejected ${n(summary.rejected)} rows:`);
    for (const { line, code, reason } of summary.rejections) lines.push(`  line ${line}: ${code}: ${reason}`);
    if (summary.rejected > summary.rejections.length)
      lines.push(
        summary.rejectsFile ? `  … all of them in ${summary.rejectsFile}` : '  … (--rejects <file> writes all of them)',
      );
    else if (summary.rejectsFile) lines.push(`  (written to ${summary.rejectsFile})`);
  }
  if (!summary.completed)
    lines.push(
      `Stopped after line ${n(summary.lastLine)} (checkpoint ${summary.checkpoint}): run the same command again to continue.`,
    );
  return lines;
}

/** Ctrl-C (or SIGTERM) stops after the batch being written; a second one stops at once (that batch rolls back). */
function watchSignals() {
  let signal: NodeJS.Signals | undefined;
  const onSignal = (received: NodeJS.Signals) => {
    if (signal) process.exit(received === 'SIGTERM' ? 143 : 130);
    signal = received;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    interrupted: () => signal !== undefined,
    exitCode: () => (signal === 'SIGTERM' ? 143 : 130),
    stop: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export function registerUserTransferCommands(user: Command): void {
  user
    .command('import <file>')
    .description(
      'import users from JSON Lines or CSV (Management API create-user rows; password or passwordDigest + passwordAlgorithm), resumable',
    )
    .addOption(
      new Option('--format <format>', 'input format (default: from the file extension)').choices(['jsonl', 'csv']),
    )
    .option('--batch-size <rows>', 'rows per transaction', '500')
    .option('--rejects <file>', 'write rejected rows with line number and reason as JSON Lines (mode 0600)')
    .option('--checkpoint <file>', 'checkpoint file (default: <file>.tessera-import.json)')
    .option('--restart', 'ignore an earlier checkpoint and import from the first line')
    .option('--progress-every <rows>', 'when stderr is not a terminal, a progress line every so many rows', '10000')
    .addOption(new Option('--test-batch-delay <ms>', 'test-only: pause after each committed batch').hideHelp())
    .option('--json', 'print the summary as JSON')
    .action((file: string, options: ImportCommandOptions) =>
      withServices(async (services) => {
        const format = options.format ?? inferFormat(file);
        if (!format)
          throw new RequestError('guard.invalid_input', 400, {
            message: `--format: "${file}" has no .jsonl or .csv extension; say which it is`,
          });
        const { createUserTransfer } = await import('../users/index.js');
        // Imported users send `User.Created` like users made through the API; the server delivers them.
        const transfer = createUserTransfer({
          users: services.stores.users,
          clock: services.clock,
          onCreated: services.hooks.userCreated,
        });
        const signals = watchSignals();
        const tty = process.stderr.isTTY === true;
        try {
          const summary = await runImport(transfer, {
            file,
            format,
            batchSize: positive('--batch-size', options.batchSize),
            checkpointPath: options.checkpoint ?? defaultCheckpointPath(file),
            rejectsPath: options.rejects,
            restart: options.restart === true,
            progress: {
              tty,
              every: options.json && !tty ? 0 : positive('--progress-every', options.progressEvery),
              write: (text) => process.stderr.write(text),
            },
            batchDelayMs: options.testBatchDelay ? Number(options.testBatchDelay) : 0,
            interrupted: signals.interrupted,
          });
          process.stdout.write(
            options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${importLines(summary).join('\n')}\n`,
          );
          if (!summary.completed) process.exitCode = signals.exitCode();
        } finally {
          signals.stop();
        }
      }),
    );

  user
    .command('export')
    .description(
      'export users (JSON Lines or CSV) in the import shape, password hashes included: re-import them elsewhere',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('--output <file>', 'write to this file (mode 0600) instead of standard output')
    .option('--page-size <rows>', 'users read per query', '500')
    .option('--json', 'with --output: print the summary as JSON')
    .action((options: OutputOptions & { format: ExportFormat; output?: string; pageSize: string }) =>
      withServices(async (services) => {
        const pageSize = positive('--page-size', options.pageSize);
        const { createUserTransfer } = await import('../users/index.js');
        const transfer = createUserTransfer({ users: services.stores.users, clock: services.clock });
        const out = options.output ? openExportFile(options.output) : process.stdout;
        const count = await runExport(transfer, { format: options.format, out, pageSize });
        if (!options.output) return;
        await new Promise<void>((resolve, reject) =>
          out.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
        const summary = { exported: count, file: options.output, format: options.format };
        process.stdout.write(
          options.json
            ? `${JSON.stringify(summary, null, 2)}\n`
            : `Exported ${n(count)} users to ${options.output} (mode 0600: it holds password hashes).\n`,
        );
      }),
    );
}
