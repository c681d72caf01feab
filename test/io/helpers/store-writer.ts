/**
 * One "window" for the concurrency tests: opens the store in a config dir
 * (argv[2]) and, for work argv[3], saves `count` (argv[4]) positions, a
 * bookmark every fifth one (also on a work every writer bookmarks), and a page of reading time on a work every
 * writer shares (the same key, so a lost update shows as a short total).
 */
import { openStore } from '../../../src/io/store.js';

const [dir, work, countText] = process.argv.slice(2);
const count = Number(countText);
const store = openStore(dir);
// Like a reader window: its own list of the shared work's bookmarks, read once, saved whole after each change.
const together = store.getBookmarks('together');
for (let i = 1; i <= count; i++) {
  store.setPosition(work, { section: 1, offset: i, at: i });
  if (i % 5 === 0) {
    const marks = store.getBookmarks(work);
    store.setBookmarks(work, [...marks, { id: `${work}-${i}`, section: 1, offset: i, snippet: 's', note: '', createdAt: i }]);
    together.push({ id: `${work}-${i}`, section: 2, offset: i, snippet: 's', note: work, createdAt: i });
    store.setBookmarks('together', [...together]);
  }
  store.addReading('2026-01-01', 'shared', { ms: 1, words: 1, pages: 1 });
  // Tells a test that means to kill this writer that one save is surely done.
  if (i === 1) process.stdout.write('saved\n');
}
if (store.notice) process.stderr.write(store.notice + '\n');
