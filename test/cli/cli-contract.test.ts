import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { runCli, tempDir } from './run-cli.js';

describe('fic-read list', () => {
  it('lists the five samples as JSON with parts and metadata', () => {
    const r = runCli(['list', '--json']);
    expect(r.status).toBe(0);
    const works = JSON.parse(r.stdout);
    expect(works.map((w: { id: string }) => w.id)).toEqual([
      '000_55ebb60814069135', '001_16cf96708da75563', '002_dfa5dd91274bc2e9', '003_1283ff6c5b713b35', '004_b2db1102189f1514',
    ]);
    const first = works[0];
    expect(first.parts.map((p: { title: string }) => p.title)).toEqual([
      'Never Had A Voice To Protest', 'Always Raining in My Head', 'Nothings Quite The Same Now', 'Stitch Up My Emptiness',
    ]);
    expect(first.meta.Rating).toBe('PG-13 for now');
    expect(first.path).toBe('000_55ebb60814069135.txt');
    expect(first.words).toBeGreaterThan(4000);
    for (const w of works) expect(w.id).not.toContain('.');
    expect(works[3].author).toBe('Annie Sewell-Jennings');
  });

  it('prints one readable line per work', () => {
    const r = runCli(['list']);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
    expect(r.stdout).toContain('by Annie Sewell-Jennings');
    expect(r.stdout).toMatch(/4 parts, [\d,]+ words/);
  });

  it('reads --library and FIC_READ_LIBRARY, and says clearly when the folder is missing', () => {
    const lib = tempDir();
    writeFileSync(
      join(lib, 'story.txt'),
      'Chapter 1\n\nOnce upon a time there was a girl who lived in the woods.\n\nChapter 2\n\nThe end came quickly for everyone in the village.\n',
    );
    expect(JSON.parse(runCli(['list', '--json', '--library', lib]).stdout)[0].parts).toHaveLength(2);
    expect(JSON.parse(runCli(['list', '--json'], { FIC_READ_LIBRARY: lib }).stdout)[0].id).toBe('story');
    const missing = runCli(['list', '--library', join(lib, 'nope')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('library folder not found');
    expect(missing.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('work names and options', () => {
  it('resolves an id prefix, and rejects unknown or ambiguous names with close matches', () => {
    expect(runCli(['info', '003']).stdout).toContain('Annie Sewell-Jennings');
    const ambiguous = runCli(['info', '00']);
    expect(ambiguous.status).toBe(1);
    expect(ambiguous.stderr).toContain('matches several works');
    expect(ambiguous.stderr).toContain('001_16cf96708da75563');
    const unknown = runCli(['info', '000_55ebb6081406913x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('000_55ebb60814069135');
  });

  it('exits 2 with usage on bad options, 0 on --help and --version', () => {
    const bad = runCli(['list', '--bogus']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option '--bogus'");
    expect(runCli(['read', '003', '--part', 'x']).status).toBe(2);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('bookmarks');
    expect(runCli(['read', '--help']).stdout).toContain('--part');
    expect(runCli(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('explains that the reader needs a terminal and exits 2', () => {
    const r = runCli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
  });
});

describe('fic-read read (not a terminal)', () => {
  it('prints the epigraph of 003 with its line breaks', () => {
    const r = runCli(['read', '003']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => l.trim() === "can't stop what's coming");
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1].trim()).toBe("can't stop what's on its way");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('prints one part at the asked width', () => {
    const r = runCli(['read', '000', '--part', '2', '--width', '40']);
    expect(r.stdout).toContain('Always Raining in My Head');
    expect(r.stdout).not.toContain('Never Had A Voice To Protest');
    expect(Math.max(...r.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(runCli(['read', '000', '--part', '9']).status).toBe(1);
  });
});

describe('bad input never stops the scan', () => {
  it('skips binary, empty and looping entries with one warning each, and strips control characters', () => {
    const lib = tempDir();
    writeFileSync(join(lib, 'good.txt'), 'Chapter 1\n\nHello \u001b[31mred\u0007 world \u009b2J and \u202Ereversed.\n');
    writeFileSync(join(lib, 'empty.txt'), '');
    writeFileSync(join(lib, 'blank.txt'), '\ufeff  \r\n\t\n\n');
    execFileSync('mkfifo', [join(lib, 'pipe.txt')]);
    writeFileSync(join(lib, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    mkdirSync(join(lib, 'loop'));
    symlinkSync('..', join(lib, 'loop', 'again'));
    symlinkSync(join(lib, 'gone.txt'), join(lib, 'dangling.txt'));
    const r = runCli(['list', '--json', '--library', lib]);
    expect(r.status).toBe(0);
    const works = JSON.parse(r.stdout);
    expect(works.map((w: { id: string }) => w.id)).toEqual(['good']);
    expect(r.stderr).toMatch(/skipped empty\.txt: empty file/);
    expect(r.stderr).toMatch(/skipped blank\.txt: empty file \(only blank space\)/);
    expect(r.stderr).toMatch(/skipped pipe\.txt: not a regular file/);
    expect(r.stderr).toMatch(/skipped image\.txt: binary/);
    expect(r.stderr).toMatch(/skipped loop\/again: symlink loop/);
    expect(r.stderr).toMatch(/skipped dangling\.txt: broken link/);
    // A file name can carry an escape sequence too: it never reaches the terminal.
    writeFileSync(join(lib, 'evil\u001b[2J\u0007.txt'), 'Chapter 1\n\nA perfectly ordinary story about a quiet afternoon.\n');
    const listed = runCli(['list', '--library', lib]);
    expect(listed.stdout).toContain('evil');
    expect(listed.stdout + listed.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const text = runCli(['read', 'good', '--library', lib]).stdout;
    expect(text).toContain('Hello');
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('escapes C1, DEL and bidi controls in file names in --json output, keeping the names exact', () => {
    const lib = tempDir();
    const names = ['csi\u009bname.txt', 'del\u007fname.txt', 'rtl\u202etxt.exe.txt'];
    names.forEach((n, i) => writeFileSync(join(lib, n), `Chapter 1\n\nStory number ${i} about a long walk home in the rain.\n`));
    const r = runCli(['list', '--json', '--library', lib]);
    expect(r.stdout).not.toMatch(/[\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(r.stdout).map((w: { path: string }) => w.path).sort()).toEqual([...names].sort());
  });
});

describe('a name that matches no work', () => {
  it('says a skipped file was skipped and why, and points an older download to the work shown', () => {
    const lib = tempDir('fic-lib-');
    const conf = tempDir('fic-conf-');
    writeFileSync(join(lib, 'empty.txt'), '');
    const story = (extra: string) => `Title: The Tea Shop\nAuthor: Q\n\nChapter 1\n\n${'The kettle sang and nobody came to lift it. '.repeat(30)}${extra}\n`;
    writeFileSync(join(lib, 'tea-old.txt'), story(''));
    writeFileSync(join(lib, 'tea-new.txt'), story('\n\nChapter 2\n\nAnd then it stopped singing altogether, quite suddenly.'));
    utimesSync(join(lib, 'tea-old.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const env = { FIC_READ_CONFIG_DIR: conf, FIC_READ_LIBRARY: lib };
    const empty = runCli(['info', 'empty'], env);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/empty\.txt is not in the library: it was skipped \(.*empty/);
    const old = runCli(['read', 'tea-old'], env);
    expect(old.status).toBe(1);
    expect(old.stderr).toContain('tea-old.txt is an older download of "The Tea Shop", which the library shows as tea-new');
  });
});
