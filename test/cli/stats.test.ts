import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli.js';
import { buildStats, formatDuration } from '../../src/core/reading-stats.js';

const reading = {
  '2026-11-20': { 'open-aaaa': { ms: 30 * 60000, words: 7000, pages: 40 } },
  '2026-11-21': { 'open-aaaa': { ms: 10 * 60000, words: 2500, pages: 14 }, 'ao3-1': { ms: 90 * 60000, words: 20000, pages: 110 } },
};

describe('reading stats', () => {
  it('adds up time, words and pages per day, per work and in total', () => {
    const r = buildStats(reading);
    expect(r.total).toEqual({ ms: 130 * 60000, words: 29500, pages: 164 });
    expect(r.days.map((d) => d.day)).toEqual(['2026-11-21', '2026-11-20']);
    expect(r.works[0]).toEqual({ key: 'ao3-1', totals: { ms: 90 * 60000, words: 20000, pages: 110 } });
    expect(r.pagesPerDay).toBe(82);
    expect(formatDuration(130 * 60000)).toBe('2 h 10 min');
  });

  it('fic-read stats prints the totals, and --json the same numbers', () => {
    const conf = tempDir('fic-conf-');
    // ao3-1's file is gone from the library: it is still named by the title it had when read.
    const positions = { 'ao3-1': { section: 1, offset: 0, at: 1, title: 'The Long Road Home' } };
    writeFileSync(join(conf, 'config.json'), JSON.stringify({ reading, positions }));
    const text = runCli(['stats'], { FIC_READ_CONFIG_DIR: conf });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Total\s+2 h 10 min\s+29,500 words\s+164 pages/);
    expect(text.stdout).toContain('82.0 pages a day');
    expect(text.stdout).toMatch(/The Long Road Home\s+1 h 30 min/);
    expect(text.stdout).not.toContain('ao3-1');
    const json = JSON.parse(runCli(['stats', '--json'], { FIC_READ_CONFIG_DIR: conf }).stdout);
    expect(json.total.words).toBe(29500);
    expect(json.wpm).toBe(250);
  });

  it('says plainly when nothing was read yet', () => {
    expect(runCli(['stats']).stdout).toContain('Nothing read yet');
  });
});
