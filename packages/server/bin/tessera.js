#!/usr/bin/env node
// The `tessera` command: runs the compiled CLI (build with `npm run build`).
try {
  await import('../dist/cli/index.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli/index.js')) {
    console.error('error: Tessera is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  throw error;
}
