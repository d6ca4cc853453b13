/**
 * A real Virtuoso for tests: a throw-away database directory, free loopback ports, started in the
 * foreground, ready when its SPARQL endpoint answers; can be killed (-9) and restarted on the same
 * database. Requires Debian's virtuoso-opensource (installed by .ci/run).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export class Virtuoso {
  private proc?: ChildProcess;
  private constructor(
    readonly dir: string,
    readonly httpPort: number,
    readonly ini: string,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.httpPort}/sparql`;
  }

  static async create(): Promise<Virtuoso> {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-virtuoso-'));
    const [sqlPort, httpPort] = [await freePort(), await freePort()];
    const ini = readFileSync('/etc/virtuoso-opensource-7/virtuoso.ini', 'utf8')
      .replaceAll('/var/lib/virtuoso-opensource-7/db', dir)
      .replace(/^ServerPort\s*=\s*1111\s*$/m, `ServerPort = 127.0.0.1:${sqlPort}`)
      .replace(/^ServerPort\s*=\s*8890\s*$/m, `ServerPort = 127.0.0.1:${httpPort}`);
    const path = join(dir, 'virtuoso.ini');
    writeFileSync(path, ini);
    const v = new Virtuoso(dir, httpPort, path);
    await v.start();
    return v;
  }

  async start(): Promise<void> {
    this.proc = spawn('virtuoso-t', ['+foreground', '+configfile', this.ini], { cwd: this.dir, stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.endpoint}?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`);
        if (res.ok) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`virtuoso did not start within 60 s (see ${this.dir}/virtuoso.log)`);
  }

  /** kill -9: no checkpoint, like a crash. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
