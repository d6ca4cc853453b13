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

/**
 * Write `data` to `path` atomically (a temporary file renamed over the target). With
 * `durable: false` the data is not flushed to the disk before the rename: still never half-written
 * while the machine runs, but a power loss may leave an empty file — for the many small files that
 * can be made again (stored sources, cache entries), where a flush each would cost more than the
 * work itself. @throws OutputError naming the path and the reason.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { durable?: boolean } = {}): void {
  const target = resolve(path);
  const dir = dirname(target);
  if (!existsSync(dir)) throw new OutputError(path, `the directory ${dir} does not exist`);
  if (!statSync(dir).isDirectory()) throw new OutputError(path, `${dir} is not a directory`);
  if (existsSync(target) && statSync(target).isDirectory()) throw new OutputError(path, 'it is a directory');
  const tmp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    if (options.durable !== false) fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    throw new OutputError(path, reasonOf(err));
  }
}
