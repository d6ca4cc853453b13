/**
 * Writes files atomically: to a temporary file in the same directory, then renamed over the
 * target, so a reader never sees a half-written file and a failed write never corrupts an
 * existing one; creates an output directory on request ({@link ensureDirectory}). Does not: create
 * directories implicitly (a missing directory is an error naming it).
 */
import { NewsgraphError } from '../errors.js';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

/** An output that could not be written; the target is untouched. */
export class OutputError extends NewsgraphError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot write ${path}: ${reason}`, 'bad-input');
  }
}

/** Why a file-system call failed, in words. */
function reasonOf(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code === 'ENOSPC' ? 'no space left on the device' : e.code === 'EROFS' ? 'read-only file system' : e.message;
}

/**
 * Create directory `dir` and its missing parents. One level at a time, on purpose: Node 20's
 * `mkdirSync(dir, { recursive: true })` never returns for some paths (e.g. under `/proc`).
 * @throws OutputError naming the directory that could not be created and why.
 */
export function ensureDirectory(dir: string): void {
  const target = resolve(dir);
  const missing: string[] = [];
  let at = target;
  while (!existsSync(at)) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  if (existsSync(at) && !statSync(at).isDirectory()) throw new OutputError(dir, `${at} is not a directory`);
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statSync(d).isDirectory()) continue;
      throw new OutputError(dir, `cannot create directory ${d}: ${reasonOf(err)}`);
    }
  }
}

/** Bytes gathered before one write to the temporary file. */
const CHUNK = 1 << 20;

/**
 * A file written in pieces through a temporary file in the same directory: {@link write} as often
 * as needed (the text is never held whole), then {@link commit} (flushed, renamed over the target)
 * or {@link abort} (the temporary file removed, the target untouched). Outputs too large for one
 * string (the N-Quads of 10,000 articles) are written this way.
 */
export class AtomicFile {
  private fd: number | undefined;
  private readonly tmp: string;
  /** Bytes written but not yet handed to the file (made at the first text written): text is encoded straight into it, with no joined copy of the text first. */
  private buffer: Buffer | undefined;
  private buffered = 0;

  /** @throws OutputError naming the path when its directory is missing or it is a directory. */
  constructor(
    readonly path: string,
    private readonly options: { durable?: boolean } = {},
  ) {
    const target = resolve(path);
    const dir = dirname(target);
    if (!existsSync(dir)) throw new OutputError(path, `the directory ${dir} does not exist`);
    if (!statSync(dir).isDirectory()) throw new OutputError(path, `${dir} is not a directory`);
    if (existsSync(target) && statSync(target).isDirectory()) throw new OutputError(path, 'it is a directory');
    this.tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      this.fd = openSync(this.tmp, 'wx');
    } catch (err) {
      throw new OutputError(path, reasonOf(err));
    }
  }

  private writeBytes(buf: Uint8Array): void {
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd!, buf, off, buf.length - off);
  }

  private flushPending(): void {
    if (this.buffered === 0) return;
    this.writeBytes(this.buffer!.subarray(0, this.buffered));
    this.buffered = 0;
  }

  /** Encode text into the buffer (UTF-8 takes at most 3 bytes per UTF-16 unit); text larger than the buffer goes straight to the file. */
  private writeText(text: string): void {
    if (this.buffered + text.length * 3 > CHUNK) this.flushPending();
    if (text.length * 3 > CHUNK) this.writeBytes(Buffer.from(text, 'utf8'));
    else this.buffered += (this.buffer ??= Buffer.allocUnsafe(CHUNK)).write(text, this.buffered, 'utf8');
  }

  private guarded(fn: () => void): void {
    if (this.fd === undefined) throw new OutputError(this.path, 'the file was already committed or aborted');
    try {
      fn();
    } catch (err) {
      this.abort();
      throw err instanceof OutputError ? err : new OutputError(this.path, reasonOf(err));
    }
  }

  /** Append text or bytes. @throws OutputError (and the temporary file is removed). */
  write(data: string | Uint8Array): void {
    this.guarded(() => {
      if (typeof data === 'string') return this.writeText(data);
      this.flushPending();
      this.writeBytes(data);
    });
  }

  /** The temporary file with everything written so far (to read it back before committing). */
  writtenSoFar(): string {
    this.guarded(() => this.flushPending());
    return this.tmp;
  }

  /** Finish: flush (to the disk unless `durable: false`) and rename over the target. */
  commit(): void {
    this.guarded(() => {
      this.flushPending();
      if (this.options.durable !== false) fsyncSync(this.fd!);
      closeSync(this.fd!);
      this.fd = undefined;
      renameSync(this.tmp, resolve(this.path));
    });
  }

  /** Give up: remove the temporary file; the target stays as it was. Safe to call twice. */
  abort(): void {
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already closed
      }
      this.fd = undefined;
    }
    rmSync(this.tmp, { force: true });
  }
}

/**
 * Write `data` to `path` atomically (a temporary file renamed over the target). With
 * `durable: false` the data is not flushed to the disk before the rename: still never half-written
 * while the machine runs, but a power loss may leave an empty file — for the many small files that
 * can be made again (stored sources, cache entries), where a flush each would cost more than the
 * work itself. @throws OutputError naming the path and the reason.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const file = new AtomicFile(path, options);
  file.write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data); // one piece: no buffer
  file.commit();
}
