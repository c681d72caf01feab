/**
 * The command line: commander only. Each command's work lives in
 * src/commands/; the interactive reader in src/ui/.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runCommand, type CommandOptions } from './commands/run.js';
import { safeText } from './core/safe-text.js';

const positiveInt = (label: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${label} must be a whole number of 1 or more.`);
  return n;
};

const atLeast = (min: number, label: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${label} must be a whole number of ${min} or more.`);
  return n;
};

/** Builds the program; `version` comes from package.json via the caller. */
export function buildProgram(version: string): Command {
  const program = new Command('fic-read')
    .description('A terminal e-reader for plain-text fiction: fan-fiction, Project Gutenberg books, web novels.')
    .version(version, '-V, --version')
    .addOption(new Option('--library <dir>', 'library folder (default: $FIC_READ_LIBRARY, the configured one, or the samples)'))
    .addOption(new Option('--config-dir <dir>', 'where reading positions and bookmarks are kept (default: $FIC_READ_CONFIG_DIR or the user config dir)'))
    .showHelpAfterError('(run fic-read --help for usage)')
    .exitOverride()
    // Commander echoes the offending argument (`unknown command '<ESC>]0;…'`): an argv can be as hostile as a file name.
    .configureOutput({ writeOut: (s) => process.stdout.write(safeText(s)), writeErr: (s) => process.stderr.write(safeText(s)) })
    .usage('[options] [command]')
    .argument('[command]')
    .action((command?: string) => {
      // Commander would call a stray word "too many arguments"; say what it is.
      if (command) program.error(`error: unknown command '${command}'. Commands: ${program.commands.map((c) => c.name()).join(', ')}.`, { exitCode: 2 });
      return run('library', {});
    });

  const run = (name: string, opts: CommandOptions, work?: string) =>
    runCommand(name, { ...program.opts(), ...opts }, work);

  program
    .command('list')
    .description('list the works in the library: title, author, parts, words')
    .option('--json', 'print a JSON array, one object per work')
    .action((opts) => run('list', opts));
  program
    .command('info <work>')
    .description('everything known about one work, with its table of contents')
    .option('--json', 'print JSON')
    .action((work, opts) => run('info', opts, work));
  program
    .command('read <work>')
    .description('open a work in the reader (or print it, when output is not a terminal)')
    .option('--part <n>', 'open at part N (printed: only part N)', positiveInt('--part'))
    .option('--width <w>', 'line width for printed text, 20 or more (default 80)', atLeast(20, '--width'))
    .action((work, opts) => run('read', opts, work));
  program
    .command('continue')
    .description('reopen the last work you read, where you stopped')
    .action(() => run('continue', {}));
  program
    .command('bookmarks [work]')
    .description('list bookmarks (of one work, or all)')
    .option('--json', 'print JSON')
    .action((work, opts) => run('bookmarks', opts, work));
  program
    .command('index')
    .description('index the library now (a progress bar on stderr); later starts only re-read changed files')
    .action(() => run('index', {}));
  program
    .command('stats')
    .description('time read, words read and pages, per day, per work and in total')
    .option('--json', 'print JSON')
    .action((opts) => run('stats', opts));
  program
    .command('library [dir]')
    .description('show the library folder in use, or remember DIR as your library')
    .action((dir) => run('set-library', { dir }));

  program.addHelpText(
    'after',
    `
With no command, fic-read opens the library full screen: Enter reads, ? lists the keys, q quits.

Examples:
  fic-read                          browse the library, reopen a work where you stopped
  fic-read continue                 straight back into the last work
  fic-read read 000 --part 2        open a work at part 2 (a name, id or unique prefix)
  fic-read read hpmor | less        print a work laid out at 80 columns
  fic-read --library ~/fics list    use another folder of .txt files (or set FIC_READ_LIBRARY)
`,
  );
  // Global options are read anywhere on the line (`fic-read list --library DIR`), as commander does by default.
  for (const sub of program.commands) {
    sub
      .showHelpAfterError(`(run fic-read ${sub.name()} --help for usage)`)
      .exitOverride()
      .addHelpText('after', '\nGlobal options (any command):\n  --library <dir>     library folder\n  --config-dir <dir>  where positions and bookmarks are kept\n');
  }
  return program;
}

/** Parses argv and runs; returns the exit status. Usage errors exit 2, --help/--version 0. */
export async function main(argv: string[], version: string): Promise<number> {
  const program = buildProgram(version);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      return ok ? 0 : 2;
    }
    throw error;
  }
}
