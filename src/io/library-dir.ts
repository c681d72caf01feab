/**
 * Which library folder to read: `--library`, else FIC_READ_LIBRARY, else the
 * one the user configured, else the sample library bundled with fic-read.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled `library/` folder (found from the built bundle or from the sources). */
export function bundledLibrary(): string {
  for (const rel of ['../library', '../../library']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(dir)) return dir;
  }
  return fileURLToPath(new URL('../library', import.meta.url));
}

/** Where the library folder comes from, for messages. */
export type LibrarySource = 'option' | 'env' | 'config' | 'bundled';

/** Picks the library folder by precedence. */
export function chooseLibrary(
  option: string | undefined,
  env: NodeJS.ProcessEnv,
  configured: string | undefined,
): { dir: string; source: LibrarySource } {
  if (option) return { dir: resolve(option), source: 'option' };
  if (env.FIC_READ_LIBRARY) return { dir: resolve(env.FIC_READ_LIBRARY), source: 'env' };
  if (configured) return { dir: resolve(configured), source: 'config' };
  return { dir: bundledLibrary(), source: 'bundled' };
}
