import type { PassThrough } from 'node:stream';

/**
 * Feeds every chunk of `source` to each sink, waiting for the slowest (backpressure: the upload
 * is read no faster than both the scanner and the store take it). A source error destroys every
 * sink with it; a sink that fails (its consumer destroyed it) stops the feeding.
 */
export async function fanOut(source: AsyncIterable<Buffer>, sinks: readonly PassThrough[]): Promise<void> {
  try {
    for await (const chunk of source) await Promise.all(sinks.map((sink) => writeTo(sink, chunk)));
    for (const sink of sinks) sink.end();
  } catch (error) {
    for (const sink of sinks) sink.destroy(error as Error);
    throw error;
  }
}

function writeTo(sink: PassThrough, chunk: Buffer): Promise<void> {
  if (sink.destroyed) return Promise.reject(sink.errored ?? new Error('A consumer of the upload stopped'));
  if (sink.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      sink.off('close', onClose);
      resolve();
    };
    const onClose = () => {
      sink.off('drain', onDrain);
      reject(sink.errored ?? new Error('A consumer of the upload stopped'));
    };
    sink.once('drain', onDrain);
    sink.once('close', onClose);
  });
}
