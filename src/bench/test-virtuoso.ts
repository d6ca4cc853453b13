/**
 * The throw-away Virtuoso of the tests (`test/support/virtuoso.ts`: test tooling, outside the
 * library's sources), loaded on demand for the benchmarks that measure a real store. Does not:
 * start anything itself.
 */

/** What the benchmarks use of the test harness's Virtuoso. */
export interface TestVirtuoso {
  readonly dir: string;
  readonly endpoint: string;
  bulkLoad(dir: string, file: string): void;
  stop(): Promise<void>;
}

/** The harness's `Virtuoso` class. */
export async function testVirtuoso(): Promise<{ create(): Promise<TestVirtuoso> }> {
  const harness = new URL('../../test/support/virtuoso.ts', import.meta.url).href;
  return ((await import(harness)) as { Virtuoso: { create(): Promise<TestVirtuoso> } }).Virtuoso;
}
