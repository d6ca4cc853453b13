/**
 * vitest global set-up: make sure the Debian packages the tests drive are installed before any
 * test file starts. Where one is missing it installs them with apt-get when running as root with
 * apt available (as a CI container does), and otherwise stops at once with the exact command to
 * run. Does not: start anything (each suite starts its own browser or store).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { installCommand, missingPackages, SYSTEM_PACKAGES, type SystemPackage } from './support/system-packages.js';

/** How the set-up sees the machine (replaceable in tests). */
export interface Machine {
  isRoot: boolean;
  hasApt: boolean;
  /** Run a command, output to the terminal; throws on failure. */
  run(command: string, args: string[]): void;
}

const THIS_MACHINE: Machine = {
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  hasApt: existsSync('/usr/bin/apt-get'),
  run: (command, args) => execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }),
};

/** Install what is missing of `packages`, or throw with the command that would. */
export function ensureSystemPackages(packages: readonly SystemPackage[] = SYSTEM_PACKAGES, machine: Machine = THIS_MACHINE): void {
  const missing = missingPackages(packages);
  if (missing.length === 0) return;
  const names = missing.map((p) => `${p.debian} (${p.why})`).join(', ');
  if (!machine.isRoot || !machine.hasApt) {
    throw new Error(`the tests need ${names}; install ${missing.length > 1 ? 'them' : 'it'} first:\n  ${installCommand(missing)}`);
  }
  process.stderr.write(`installing ${names} with apt-get\n`);
  machine.run('apt-get', ['update', '-q']);
  machine.run('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing.map((p) => p.debian)]);
  const still = missingPackages(missing);
  if (still.length > 0) throw new Error(`apt-get finished but ${still.map((p) => p.binary).join(', ')} is still missing`);
}

export default function setup(): void {
  ensureSystemPackages();
}
