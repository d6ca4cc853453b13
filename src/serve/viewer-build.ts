/**
 * Builds the package's viewer (`viewer/` → `viewer/dist/`) with Vite's JavaScript API when the
 * build is missing or older than its sources. An installed package ships the built viewer without
 * its sources (and without Vite): that build is used as it is. Does not: serve it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../util/package-root.js';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    if (name === 'dist' || name === 'node_modules' || name === 'screenshots') continue;
    const p = join(dir, name);
    const st = statSync(p);
    newest = Math.max(newest, st.isDirectory() ? newestMtime(p) : st.mtimeMs);
  }
  return newest;
}

/** The viewer's sources: viewer/ plus the browser-safe modules it imports from src/. */
function sourcesMtime(root: string): number {
  const shared = ['src/graph/bundle.ts', 'src/graph/bundle-wire.ts', 'src/model/vocab.ts', 'src/model/time.ts', 'src/rdf/jsonld.ts'].map((f) => join(root, f));
  return Math.max(newestMtime(join(root, 'viewer')), ...shared.filter(existsSync).map((f) => statSync(f).mtimeMs));
}

/** Build the viewer if needed; returns the dist directory. `root` is the package root. */
export async function ensureViewerBuilt(root = PACKAGE_ROOT, force = false): Promise<string> {
  const viewer = resolve(root, 'viewer');
  const dist = join(viewer, 'dist');
  const index = join(dist, 'index.html');
  const hasSources = existsSync(join(viewer, 'src'));
  if (!hasSources) {
    if (existsSync(index)) return dist;
    throw new Error(`${dist}: the viewer is not built and its sources are missing; reinstall the package`);
  }
  if (!force && existsSync(index) && statSync(index).mtimeMs >= sourcesMtime(resolve(root))) return dist;
  const { build } = await import('vite');
  await build({ root: viewer, configFile: join(viewer, 'vite.config.ts'), logLevel: 'warn' });
  return dist;
}
