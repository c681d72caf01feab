/**
 * The few colours fic-read uses, and the NO_COLOR switch
 * (https://no-color.org): when NO_COLOR is set to a non-empty value, every
 * colour is undefined, so Ink draws none. Bold, dim and inverse are styles,
 * not colours, and stay.
 */

/** Colour names for Ink's `color` prop; undefined means "no colour". */
export interface Theme {
  /** Headings and the title bar. */
  accent: string | undefined;
  /** Notices and warnings. */
  warn: string | undefined;
  /** Progress of a finished work. */
  done: string | undefined;
  /** Search matches, the filter prompt. */
  highlight: string | undefined;
}

/** True unless NO_COLOR is set (non-empty). */
export function colorEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !env.NO_COLOR;
}

/** The theme for an environment. */
export function makeTheme(env: NodeJS.ProcessEnv = process.env): Theme {
  if (!colorEnabled(env)) return { accent: undefined, warn: undefined, done: undefined, highlight: undefined };
  return { accent: 'cyan', warn: 'yellow', done: 'green', highlight: 'magenta' };
}

/** The theme for this process. */
export const theme: Theme = makeTheme();
