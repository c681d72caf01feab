#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/fic-read.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('fic-read is not built yet: run `npm install` (or `npm run build`) in its folder.');
  process.exit(1);
}
await import(bundle.href);
