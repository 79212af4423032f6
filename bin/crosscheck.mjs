#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx crosscheck` works right after `npm ci`
// without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
await main(process.argv.slice(2));
