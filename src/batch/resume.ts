// `--resume`: items whose graph (valid) or error record the sink already holds are skipped, so a
// run killed at any point and resumed ends with every record processed exactly once.
import type { InputItem } from '../ingest/record.js';
import type { Sink } from '../sinks/sink.js';

export async function* skipDone(items: AsyncIterable<InputItem>, sink: Sink, onSkip: () => void): AsyncGenerator<InputItem> {
  for await (const item of items) {
    if (sink.isDone(item)) onSkip();
    else yield item;
  }
}
