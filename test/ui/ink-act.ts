/**
 * Drive Ink screens the way a user would, without racing React: every render
 * and every key is wrapped in `act`, so the new screen's effects (which is
 * where Ink subscribes its key handlers) have run before the next key. Plain
 * sleeps between keys lose keys on a loaded machine.
 */
import type { ReactElement } from 'react';
import { act } from 'react';
import { cleanup, render } from 'ink-testing-library';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Rendered = ReturnType<typeof render>;

/** Render inside `act`, so the first frame's effects have run on return. */
export function renderAct(tree: ReactElement): Rendered {
  let r: Rendered | undefined;
  act(() => {
    r = render(tree);
  });
  return r!;
}

/** Ink holds a lone Esc for one turn of the event loop, to tell it from an escape sequence. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Type keys (one string may hold several, as a fast typist sends them) and let every effect run. */
export async function press(r: Pick<Rendered, 'stdin'>, keys: string): Promise<void> {
  await act(async () => {
    r.stdin.write(keys);
    await nextTurn();
  });
}

/** Let timers that the screen set (debounced saves, background checks) fire. */
export async function wait(ms: number): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Unmount everything rendered, inside `act` (unmounting is an update too). */
export function cleanupAct(): void {
  act(() => cleanup());
}
