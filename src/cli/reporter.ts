// Renders progress events on stderr: the one-line summary at the end.
import type { EventListener } from './events.js';

export function stderrReporter(write: (s: string) => void = (s) => process.stderr.write(s)): EventListener {
  return (event) => {
    if (event.type === 'done') {
      write(`claimgraph: ${event.documents} documents, ${event.errors} errors, ${event.seconds.toFixed(1)} s\n`);
    }
  };
}
