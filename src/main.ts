/** Entry point of the bundle: runs the CLI and turns errors into exit statuses. */
import { createRequire } from 'node:module';
import { main } from './cli.js';
import { CommandError } from './commands/context.js';

const require = createRequire(import.meta.url);
const { version } = require('../package.json') as { version: string };

// `fic-read read war | head`: the reader of the pipe left; stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  process.exitCode = await main(process.argv, version);
} catch (error) {
  if (error instanceof CommandError) {
    process.stderr.write(`fic-read: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    throw error;
  }
}
