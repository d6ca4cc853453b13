/**
 * Yielding to the page between chunks of work: the next task, so input and painting come first.
 * A message to a channel of our own, not `setTimeout(0)`, which browsers delay by 4 ms once timers
 * nest (a long chunked job yields hundreds of times).
 * Also running such work (a generator that yields between chunks) to its end in one go.
 * Does not: decide how large a chunk is (its callers do).
 */

const channel = new MessageChannel();
const waiting: Array<() => void> = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Resolves in a new task, after what the page has queued meanwhile. */
export function nextTask(): Promise<void> {
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(undefined);
  });
}

/** Run work that yields (for a caller that slices it) to its end in one go. */
export function drain<T>(work: Generator<void, T>): T {
  for (;;) {
    const r = work.next();
    if (r.done) return r.value;
  }
}
