/** Types for the parts of graphology-layout-forceatlas2 that layout-worker.ts uses (the package types only its main entries). */
declare module 'graphology-layout-forceatlas2/webworker.js' {
  const workerFunction: () => void;
  export default workerFunction;
}
declare module 'graphology-layout-forceatlas2/helpers.js' {
  export function createWorker(fn: () => void): Worker;
}
declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
