/**
 * Where fic-read keeps its state file: `--config-dir`, else
 * `FIC_READ_CONFIG_DIR`, else the platform's config folder.
 */
import envPaths from 'env-paths';
import { resolve } from 'node:path';

/** Environment variable that overrides the config folder. */
export const CONFIG_DIR_ENV = 'FIC_READ_CONFIG_DIR';

/**
 * The config folder: `flag` (from `--config-dir`) wins, then
 * `FIC_READ_CONFIG_DIR`, then env-paths('fic-read', {suffix: ''}).config
 * (e.g. `~/.config/fic-read`). Empty values are ignored. Relative paths are
 * resolved against the current directory.
 */
export function resolveConfigDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag?.trim() || env[CONFIG_DIR_ENV]?.trim();
  if (chosen) return resolve(chosen);
  return envPaths('fic-read', { suffix: '' }).config;
}
