/** Entry point of the bundle: runs the CLI and turns errors into exit statuses. */
import { createRequire } from 'node:module';
import { main } from './cli.js';
import { CommandError } from './commands/context.js';
import { safeText } from './core/safe-text.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

// `fic-read read war | head`: the reader of the pipe left; stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The full-screen reader has its own handler, which saves the place first.
  if (process.stdout.listenerCount('error') > 1) return;
  if (error.code === 'EPIPE') process.exit(0);
  // A full disk or a dead terminal: say so in one line, not with a stack trace.
  process.stderr.write(`fic-read: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(1);
});

try {
  process.exitCode = await main(process.argv, version);
} catch (error) {
  if (error instanceof CommandError) {
    // The last guard: a message may quote a path or an argument.
    process.stderr.write(`fic-read: ${safeText(error.message)}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A crash's message can name a file (an fs error quotes the path): print it sanitised, not through Node's raw handler.
    process.stderr.write(`fic-read crashed: ${safeText(error instanceof Error ? String(error.stack) : String(error))}\n`);
    process.exitCode = 1;
  }
}
