#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx crosscheck` works right after `npm ci`
// without a build step.
import { tsImport } from 'tsx/esm/api';

// A reader that stops reading (`crosscheck check … | head`) closes the pipe: that ends the run
// quietly, as for any Unix tool, instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
await main(process.argv.slice(2));
