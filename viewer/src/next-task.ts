/**
 * Yielding to the page between chunks of work: the next task, so input and painting come first.
 * A message to a channel of our own, not `setTimeout(0)`, which browsers delay by 4 ms once timers
 * nest (a long chunked job yields hundreds of times).
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
