/**
 * A throw-away local Virtuoso for tests and benchmarks: its own database directory, free loopback
 * ports, started in the foreground, ready when its SPARQL endpoint answers; can be killed (-9) and
 * restarted on the same database, and bulk-load a file with its own loader (isql). Requires
 * Debian's virtuoso-opensource. Does not: manage a production server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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

/** Settings of the generated virtuoso.ini to change, by section: `{ Parameters: { NumberOfBuffers: 170000 } }`. */
export type IniSettings = Record<string, Record<string, string | number>>;

/** `ini` with `settings` applied: an existing key is replaced in its section, a new one added at the section's start. */
function tuneIni(ini: string, settings: IniSettings): string {
  for (const [section, values] of Object.entries(settings)) {
    const head = ini.indexOf(`[${section}]`);
    if (head < 0) throw new Error(`virtuoso.ini has no [${section}] section`);
    const bodyStart = ini.indexOf('\n', head) + 1;
    const next = ini.indexOf('\n[', bodyStart);
    const end = next < 0 ? ini.length : next + 1;
    let body = ini.slice(bodyStart, end);
    for (const [key, value] of Object.entries(values)) {
      const line = new RegExp(`^${key}\\s*=.*$`, 'm');
      body = line.test(body) ? body.replace(line, `${key} = ${value}`) : `${key} = ${value}\n${body}`;
    }
    ini = ini.slice(0, bodyStart) + body + ini.slice(end);
  }
  return ini;
}

export class Virtuoso {
  private proc?: ChildProcess;
  private constructor(
    readonly dir: string,
    readonly httpPort: number,
    readonly sqlPort: number,
    readonly ini: string,
  ) {}

  get endpoint(): string {
    return `http://127.0.0.1:${this.httpPort}/sparql`;
  }

  /** The server's process id while it runs (benchmarks read its CPU time). */
  get pid(): number | undefined {
    return this.proc?.pid;
  }

  /** A fresh server; `settings` change its virtuoso.ini (benchmarks give it more buffers). */
  static async create(settings: IniSettings = {}): Promise<Virtuoso> {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-virtuoso-'));
    const [sqlPort, httpPort] = [await freePort(), await freePort()];
    const ini = readFileSync('/etc/virtuoso-opensource-7/virtuoso.ini', 'utf8')
      .replaceAll('/var/lib/virtuoso-opensource-7/db', dir)
      .replace(/^ServerPort\s*=\s*1111\s*$/m, `ServerPort = 127.0.0.1:${sqlPort}`)
      .replace(/^ServerPort\s*=\s*8890\s*$/m, `ServerPort = 127.0.0.1:${httpPort}`)
      .replace(/^DirsAllowed\s*=.*$/m, `DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad, ${dir}`);
    const path = join(dir, 'virtuoso.ini');
    writeFileSync(path, tuneIni(ini, settings));
    const v = new Virtuoso(dir, httpPort, sqlPort, path);
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

  /** Run SQL through isql-vt as dba; returns its output. */
  isql(sql: string): string {
    const r = spawnSync('isql-vt', [`127.0.0.1:${this.sqlPort}`, 'dba', 'dba', `exec=${sql}`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`isql failed: ${r.stderr || r.stdout}`);
    return r.stdout;
  }

  /** Virtuoso's own bulk loader on an N-Quads file inside the database directory. */
  bulkLoad(dir: string, pattern: string): void {
    this.isql(`ld_dir('${dir}', '${pattern}', 'urn:newsgraph:bulk'); rdf_loader_run(); checkpoint;`);
  }

  /** kill -9: no checkpoint, like a crash. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
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
