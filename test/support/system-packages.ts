/**
 * The Debian packages the tests drive, defined once: Chromium (viewer tests, through
 * playwright-core) and Virtuoso (a real SPARQL 1.1 store for the push tests). Does: name each
 * package's binary, tell which are missing, and say how to install them. Does not: install (see
 * `test/global-setup.ts`).
 */
import { existsSync } from 'node:fs';

/** A Debian package a test suite needs, by the binary it provides. */
export interface SystemPackage {
  binary: string;
  debian: string;
  why: string;
}

export const SYSTEM_PACKAGES: readonly SystemPackage[] = [
  { binary: '/usr/bin/chromium', debian: 'chromium', why: 'headless browser for the viewer tests' },
  { binary: '/usr/bin/virtuoso-t', debian: 'virtuoso-opensource', why: 'a real SPARQL 1.1 store for the push tests' },
];

/** The packages whose binary is missing. */
export function missingPackages(packages: readonly SystemPackage[] = SYSTEM_PACKAGES): SystemPackage[] {
  return packages.filter((p) => !existsSync(p.binary));
}

/** The exact commands that install `packages`. */
export function installCommand(packages: readonly SystemPackage[], sudo = true): string {
  const prefix = sudo ? 'sudo ' : '';
  return `${prefix}apt-get update && ${prefix}apt-get install -y --no-install-recommends ${packages.map((p) => p.debian).join(' ')}`;
}

/** Fail at once, naming the missing binary and the command that installs it. */
export function requirePackage(binary: string): void {
  const p = SYSTEM_PACKAGES.find((x) => x.binary === binary);
  if (p && !existsSync(p.binary)) throw new Error(`${p.binary} is missing (${p.why}): run \`${installCommand([p])}\``);
}
