import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupAct, press, renderAct, wait } from './ink-act.js';
import { App } from '../../src/ui/App.js';
import { loadWork } from '../../src/core/load-work.js';
import { createMemoryStore } from '../../src/io/store-data.js';
import { createPositionSaver } from '../../src/io/position-saver.js';
import type { WorkEntry } from '../../src/io/scan-library.js';

const paras = (tag: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${tag} paragraph ${i + 1} goes on about the weather, the road and the long night ahead of them all.`).join('\n\n');
const text = `Chapter 1\n\n${paras('First', 30)}\n\nChapter 2\n\n${paras('Second', 30)}\n`;
const work = loadWork({ id: 'rain', path: 'rain.txt', files: [{ name: 'rain.txt', bytes: Buffer.from(text) }], mtimeMs: 0 });
const entry: WorkEntry = { ...work, files: ['rain.txt'] };
const library = { dir: '/lib', works: [entry], load: () => work };

function setup() {
  const store = createMemoryStore();
  const saver = createPositionSaver(store, 0);
  const app = renderAct(<App library={library} store={store} saver={saver} />);
  return { store, saver, app };
}

/** The app on a library of one work, `id`.txt holding `body`. */
function setupWith(id: string, body: string) {
  const w = loadWork({ id, path: `${id}.txt`, files: [{ name: `${id}.txt`, bytes: Buffer.from(body) }], mtimeMs: 0 });
  const store = createMemoryStore();
  const saver = createPositionSaver(store, 0);
  const lib = { dir: '/lib', works: [{ ...w, files: [`${id}.txt`] }], load: () => w };
  const app = renderAct(<App library={lib} store={store} saver={saver} />);
  return { w, store, saver, app };
}

afterEach(cleanupAct);

describe('the app wiring', () => {
  it('opens the selected work with Enter and pages into the next part', async () => {
    const { app } = setup();
    expect(app.lastFrame()).toContain('rain');
    await press(app, '\r');
    expect(app.lastFrame()).toContain('Part 1/2');
    expect(app.lastFrame()).toContain('First paragraph 1');
    await press(app, ']');
    expect(app.lastFrame()).toContain('Part 2/2');
    expect(app.lastFrame()).toContain('Second paragraph 1');
    await press(app, '[');
    expect(app.lastFrame()).toContain('Part 1/2');
  });

  it('saves the place and a bookmark with its note in the store', async () => {
    const { app, store, saver } = setup();
    await press(app, '\r');
    await press(app, '  ');
    await press(app, 'm');
    await press(app, 'storm');
    await press(app, '\r');
    expect(app.lastFrame()).toContain('Bookmarked');
    saver.flush();
    expect(store.getPosition(work.key)?.offset).toBeGreaterThan(0);
    expect(store.getBookmarks(work.key)).toEqual([expect.objectContaining({ note: 'storm' })]);
  });

  it('q goes back to the library, where the work now shows progress', async () => {
    const { app } = setup();
    await press(app, '\r');
    await press(app, ' ');
    await press(app, 'q');
    await wait(60);
    expect(app.lastFrame()).toContain('sort:');
    expect(app.lastFrame()).toMatch(/\d+%/);
  });

  it('keys typed in one burst with the key that opens a screen go to that screen', async () => {
    const { app } = setup();
    // Enter opens the work; the two spaces after it, in the same input, turn two pages.
    await press(app, '\r  ');
    expect(app.lastFrame()).toContain('p. 3/4');
    // t opens the contents, j moves to Part 2, Enter jumps there: all in one burst.
    await press(app, 'tj\r');
    expect(app.lastFrame()).toContain('Part 2/2');
    // A burst with an arrow is handed over as several events (`t`, the arrow's sequence, Enter): the same.
    await press(app, 't\u001b[A\r');
    expect(app.lastFrame()).toContain('Part 1/2');
    await press(app, 't\u001b[B\r');
    expect(app.lastFrame()).toContain('Part 2/2');
    await press(app, 'tk\r');
    expect(app.lastFrame()).toContain('Part 1/2');
    expect(app.lastFrame()).toContain('First paragraph 1');
  });

  it('n typed several times at once steps that many matches', async () => {
    const { app } = setup();
    await press(app, '\r');
    await press(app, '/');
    await press(app, 'paragraph');
    await press(app, '\r');
    expect(app.lastFrame()).toContain('match 1 of 60');
    await press(app, 'nnn');
    expect(app.lastFrame()).toContain('match 4 of 60');
  });

  it('= saves the default width, even when it is the width the reader opened with', async () => {
    const { app, store } = setup();
    await press(app, '\r');
    await press(app, '-');
    expect(store.getSettings().measure).toBe(68);
    await press(app, '=');
    expect(store.getSettings().measure).toBe(72);
  });

  it('remembers the library sort for the next start', async () => {
    const { app, store, saver } = setup();
    expect(app.lastFrame()).toContain('sort: recent');
    await press(app, 's');
    expect(app.lastFrame()).toContain('sort: title');
    cleanupAct();
    const again = renderAct(<App library={library} store={store} saver={saver} />);
    expect(again.lastFrame()).toContain('sort: title');
  });

  it('a first index shows its progress, then the library', async () => {
    const store = createMemoryStore();
    let finish: () => void = () => {};
    const indexing = {
      dir: '/lib',
      works: [] as WorkEntry[],
      load: () => work,
      indexing: true,
      refresh: (onProgress?: (done: number, total: number, bytes: number) => void) =>
        new Promise<{ works: WorkEntry[]; warnings: [] }>((resolve) => {
          onProgress?.(400, 1000, 50 * 1048576);
          finish = () => resolve({ works: [entry], warnings: [] });
        }),
    };
    const app = renderAct(<App library={indexing} store={store} saver={createPositionSaver(store, 0)} />);
    await wait(80);
    expect(app.lastFrame()).toContain('Indexing /lib');
    expect(app.lastFrame()).toMatch(/400\/1,000 works · 50 MB/);
    finish();
    await wait(60);
    expect(app.lastFrame()).toContain('rain');
    expect(app.lastFrame()).not.toContain('Indexing');
  });

  it('a short last part reached by a jump counts as read once paged past', async () => {
    const short = `Chapter 1\n\n${paras('First', 30)}\n\nChapter 2\n\nThe end came quietly.\n`;
    const { w, store, saver, app } = setupWith('short', short);
    await press(app, '\r');
    await press(app, ']');
    expect(app.lastFrame()).toContain('The end came quietly.');
    saver.flush();
    expect(store.getPosition(w.key)?.read ?? []).not.toContain(1);
    await press(app, ' ');
    expect(app.lastFrame()).toContain('The end of');
    saver.flush();
    expect(store.getPosition(w.key)?.read).toContain(1);
  });

  it('a one-page part reached by paging on from the front matter is not read until paged past', async () => {
    const text = `Title: Short Ones\nAuthor: Q\n\nChapter 1\n\nOne page only.\n\nChapter 2\n\n${paras('Second', 30)}\n`;
    const { w, store, saver, app } = setupWith('ones', text);
    await press(app, '\r');
    await press(app, 'b');
    expect(app.lastFrame()).toContain('Title: Short Ones');
    await press(app, ' ');
    expect(app.lastFrame()).toContain('One page only.');
    saver.flush();
    expect(store.getPosition(w.key)?.read ?? [], 'arriving on it is not reading it').not.toContain(0);
    await press(app, ' ');
    saver.flush();
    expect(store.getPosition(w.key)?.read).toContain(0);
  });

  it('a burst that leaves the end of the work does not keep saying "the end"', async () => {
    const { app, store, saver } = setup();
    await press(app, '\r');
    await press(app, ']G ');
    expect(app.lastFrame()).toContain('The end of rain');
    // Space at the very end says so and means it: the last part counts as read, however it was reached.
    saver.flush();
    expect(store.getPosition(work.key)?.read).toContain(1);
    await press(app, '[g  ');
    expect(app.lastFrame()).toContain('Part 1/2');
    expect(app.lastFrame()).not.toContain('The end of');
  });
});
