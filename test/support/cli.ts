/** Run the `newsgraph` CLI in process, capturing stdout, stderr and the exit code. */
import { runCli } from '../../src/cli/main.js';

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const w1 = process.stdout.write.bind(process.stdout);
  const w2 = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((s: string) => ((out += s), true)) as typeof process.stdout.write;
  process.stderr.write = ((s: string) => ((err += s), true)) as typeof process.stderr.write;
  const before = process.exitCode;
  try {
    const code = await runCli(['node', 'newsgraph', ...args]);
    // a developer's checkout may hold an old build in out/: its warning (test/stale-build.test.ts) is not what these tests look at
    return { code, out, err: err.replace(/^newsgraph: warning: out\/graph\.trig is older than [^\n]*\n/m, '') };
  } finally {
    process.stdout.write = w1;
    process.stderr.write = w2;
    process.exitCode = before;
  }
}
