#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build`, which `npm install` runs).
import('../dist/fic-read.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/fic-read.js')) {
    console.error('fic-read is not built yet: run `npm install` (or `npm run build`) in its folder.');
    process.exit(1);
  }
  throw error;
});
