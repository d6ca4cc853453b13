/**
 * `npm run bench`: runs every benchmark module in this folder, each in its own process so one
 * benchmark's heap does not slow the next. Each module exports `run(): Promise<void>` and prints
 * its own table, always as ratios against a reference measured in the same run.
 * Run a subset: `npm run bench -- build query`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ORDER = ['build', 'query', 'extract', 'viewer', 'push', 'corpus'] as const;

async function runOne(name: string): Promise<void> {
  let mod: { run?: () => Promise<void> };
  try {
    mod = await import(`./${name}.ts`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return;
    throw err;
  }
  if (typeof mod.run !== 'function') return;
  console.log(`\n=== bench: ${name} ===`);
  await mod.run();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--in-process') {
    for (const name of args.slice(1)) await runOne(name);
    return;
  }
  const wanted = args.length > 0 ? args : [...ORDER];
  for (const name of ORDER) {
    if (!wanted.includes(name)) continue;
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--in-process', name], { stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
