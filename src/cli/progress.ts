/**
 * A progress bar on stderr for long runs, shown only when stderr is a terminal (never in pipes,
 * logs or tests). Does not: print summaries (the commands do).
 */
import cliProgress from 'cli-progress';

/** A progress reporter: `update(done, total)` as work goes on, `stop()` at the end. */
export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A bar labelled `label` counting `unit`s, or a no-op when stderr is not a TTY. */
export function progressBar(label: string, unit: string): Progress {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar({ format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`, stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) bar.start(total, 0);
      started = true;
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
