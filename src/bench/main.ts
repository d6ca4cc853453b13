/**
 * `npm run bench`: runs every benchmark module in this folder in a fixed order.
 *
 * Each module exports `run(): Promise<void>` and prints its own table, always as ratios against
 * a reference measured in the same run. Pass names to run a subset: `npm run bench -- build query`.
 */
const ORDER = ['build', 'query', 'extract', 'viewer', 'push'] as const;

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const name of ORDER) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    let mod: { run?: () => Promise<void> };
    try {
      mod = await import(`./${name}.ts`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') continue;
      throw err;
    }
    if (typeof mod.run !== 'function') continue;
    console.log(`\n=== bench: ${name} ===`);
    await mod.run();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
