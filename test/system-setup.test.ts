import { describe, expect, it } from 'vitest';
import { ensureSystemPackages, type Machine } from './global-setup.js';
import { installCommand, missingPackages, SYSTEM_PACKAGES } from './support/system-packages.js';

const absent = { binary: '/nonexistent/newsgraph-test-binary', debian: 'newsgraph-test-package', why: 'a test' };
const present = { binary: process.execPath, debian: 'nodejs', why: 'present' };

function machine(isRoot: boolean, hasApt: boolean): Machine & { calls: string[] } {
  const calls: string[] = [];
  return { isRoot, hasApt, calls, run: (command, args) => void calls.push([command, ...args].join(' ')) };
}

describe('the tests bring their Debian packages (global set-up)', () => {
  it('names chromium and virtuoso-opensource, and finds them on this machine', () => {
    expect(SYSTEM_PACKAGES.map((p) => p.debian)).toEqual(['chromium', 'virtuoso-opensource']);
    expect(missingPackages()).toEqual([]);
  });

  it('does nothing when everything is installed', () => {
    const m = machine(true, true);
    ensureSystemPackages([present], m);
    expect(m.calls).toEqual([]);
  });

  it('without root or apt it stops at once with the exact command to run', () => {
    for (const m of [machine(false, true), machine(true, false)]) {
      expect(() => ensureSystemPackages([present, absent], m)).toThrow(
        'the tests need newsgraph-test-package (a test); install it first:\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends newsgraph-test-package',
      );
      expect(m.calls).toEqual([]);
    }
  });

  it('as root with apt it installs only what is missing, and checks the result', () => {
    const m = machine(true, true);
    expect(() => ensureSystemPackages([present, absent], m)).toThrow('apt-get finished but /nonexistent/newsgraph-test-binary is still missing');
    expect(m.calls).toEqual(['apt-get update -q', 'apt-get install -y -q --no-install-recommends newsgraph-test-package']);
    expect(installCommand([absent], false)).toBe('apt-get update && apt-get install -y --no-install-recommends newsgraph-test-package');
  });
});
