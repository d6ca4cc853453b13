/**
 * Where the package's own resources and the user's data folder are.
 *
 * Does: locate the installed package (from this module's URL, the same depth under `src/` and
 * `dist/`), name its resources — the ontology, the SHACL shapes, the entity register files under
 * `ontology/register/`, the built viewer, the example data — and resolve the user's data folder
 * (`--data DIR` / `dataDir`, else `./data` where it exists, else the package's example data).
 * Does not: read any of these files (see `src/build/pipeline.ts`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root directory (the one holding `package.json`), wherever it is installed. */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path inside the package, e.g. `packagePath('ontology', 'shapes.ttl')`. */
export function packagePath(...parts: string[]): string {
  return join(PACKAGE_ROOT, ...parts);
}

/** The package's resources, each defined once. */
export const PACKAGE_FILES = {
  ontology: packagePath('ontology', 'newsgraph.ttl'),
  shapes: packagePath('ontology', 'shapes.ttl'),
  registerDir: packagePath('ontology', 'register'),
  viewer: packagePath('viewer'),
  exampleData: packagePath('data'),
} as const;

/** The files of a data folder: the optional register extension and the sources. */
export const DATA_LAYOUT = { register: 'entities.ttl', sources: 'sources' } as const;

/** A data folder that was asked for and does not exist: bad input (exit 2). */
export class DataFolderError extends Error {
  constructor(readonly dir: string) {
    super(`${dir}: no such data folder (it holds entities.ttl and sources/; see --data)`);
    this.name = 'DataFolderError';
  }
}

/**
 * The data folder to read: `dir` when given (it must exist), else `./data` under `cwd` where it
 * exists, else the example data shipped with the package.
 */
export function resolveDataDir(dir?: string, cwd = process.cwd()): string {
  if (dir !== undefined) {
    const full = resolve(cwd, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) throw new DataFolderError(dir);
    return full;
  }
  const local = resolve(cwd, 'data');
  return existsSync(local) && statSync(local).isDirectory() ? local : PACKAGE_FILES.exampleData;
}

/** The data folder to write into (`ingest --add`): `dir`, else `./data` (created when written). */
export function writableDataDir(dir?: string, cwd = process.cwd()): string {
  return resolve(cwd, dir ?? 'data');
}

/**
 * The entity register's files, in load order: the package's `ontology/register/*.ttl`, then the
 * data folder's optional `entities.ttl` (the user's extension).
 */
export function registerFiles(dataDir: string): string[] {
  const dir = PACKAGE_FILES.registerDir;
  const packaged = existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.ttl')).sort().map((n) => join(dir, n)) : [];
  const user = join(dataDir, DATA_LAYOUT.register);
  return existsSync(user) ? [...packaged, user] : packaged;
}
