// Renders progress events on stderr: on a terminal a progress bar (documents/s, ETA); elsewhere a
// one-line status every few seconds; `quiet` silences both. The one-line summary at the end and
// warnings are always written.
import { SingleBar } from 'cli-progress';
import type { EventListener } from './events.js';

export interface ReporterOptions {
  readonly write?: (s: string) => void;
  /** Progress display: a bar (terminal), periodic status lines, or none (`--quiet`). */
  readonly progress?: 'bar' | 'lines' | 'none';
  /** Seconds between status lines (default 10). */
  readonly every?: number;
}

export const progressMode = (quiet: boolean, stream: NodeJS.WriteStream = process.stderr): 'bar' | 'lines' | 'none' =>
  quiet ? 'none' : stream.isTTY ? 'bar' : 'lines';

export function stderrReporter(options: ReporterOptions = {}): EventListener {
  const write = options.write ?? ((s: string) => process.stderr.write(s));
  const mode = options.progress ?? 'none';
  const started = Date.now();
  let processed = 0;
  let errors = 0;
  let total: number | undefined;
  const rate = () => processed / Math.max((Date.now() - started) / 1000, 1e-3);

  let bar: SingleBar | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (mode === 'bar') {
    bar = new SingleBar({
      stream: process.stderr,
      format: '{bar} {value}/{total} | {docsPerSec} docs/s | {errors} errors | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    });
    bar.start(0, 0, { docsPerSec: '0.0', errors: 0 });
  } else if (mode === 'lines') {
    timer = setInterval(() => {
      const share = total ? ` of ${total} (${Math.floor((100 * processed) / total)}%, ETA ${Math.round((total - processed) / Math.max(rate(), 1e-3))} s)` : '';
      write(`claimgraph: ${processed}${share} records, ${errors} errors, ${rate().toFixed(1)} docs/s\n`);
    }, (options.every ?? 10) * 1000);
    timer.unref();
  }

  return (event) => {
    switch (event.type) {
      case 'total':
        total = event.records;
        bar?.setTotal(total);
        return;
      case 'graph':
      case 'error':
      case 'skipped':
        processed++;
        if (event.type === 'error') errors++;
        bar?.update(processed, { docsPerSec: rate().toFixed(1), errors });
        return;
      case 'warning':
        write(`claimgraph: ${event.message}\n`);
        return;
      case 'done':
        bar?.stop();
        clearInterval(timer);
        write(`claimgraph: ${event.documents} documents, ${event.errors} errors${event.skipped ? `, ${event.skipped} skipped (already done)` : ''}${event.unstored ? `, ${event.unstored} not stored (output unwritable)` : ''}, ${event.seconds.toFixed(1)} s\n`);
    }
  };
}
