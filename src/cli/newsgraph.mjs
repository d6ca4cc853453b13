#!/usr/bin/env node
// Entry point of the `newsgraph` command. An installed package runs the compiled CLI
// (dist/cli/main.js); a source checkout (src/cli/main.ts beside this file, tsx installed) runs the
// TypeScript sources, so the command never lags behind the code being edited.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('./main.ts', import.meta.url));
const compiled = new URL('../../dist/cli/main.js', import.meta.url);

async function tsxLoader() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return undefined;
  }
}

const tsx = existsSync(source) ? await tsxLoader() : undefined;
if (tsx) {
  tsx.register();
  await import('./main.ts');
} else if (existsSync(fileURLToPath(compiled))) {
  await import(compiled.href);
} else {
  process.stderr.write('newsgraph: the CLI is not built; run `npm run build:lib` in the package folder\n');
  process.exitCode = 1;
}
