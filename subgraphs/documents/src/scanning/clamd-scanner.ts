import net from 'node:net';
import type { Readable } from 'node:stream';
import { ScannerUnavailableError, type ScanVerdict, type VirusScanner } from './virus-scanner';

/** clamd's default StreamMaxLength is 25 MB; pieces are sent well below its chunk limits. */
const MAX_PIECE = 64 * 1024;
export const CLAMD_TIMEOUT_MS = 60_000;

export interface ClamdOptions {
  host: string;
  port: number;
  /** Idle time on the socket before the scan counts as failed. */
  timeoutMs?: number;
}

/**
 * clamd's INSTREAM command over TCP (CLAMD_URL=tcp://host:port): the file goes to clamd as it
 * streams in, as length-prefixed pieces, ended by a zero length; clamd answers
 * "stream: OK" or "stream: <signature> FOUND". Anything else (an ERROR reply, a refused or
 * dropped connection, a timeout) is ScannerUnavailableError: no verdict, so the upload is refused.
 */
export class ClamdScanner implements VirusScanner {
  readonly name = 'clamd';

  constructor(private readonly options: ClamdOptions) {}

  static fromUrl(url: string, timeoutMs?: number): ClamdScanner {
    const parsed = new URL(url);
    if (parsed.protocol !== 'tcp:' || !parsed.hostname || !parsed.port) throw new Error(`CLAMD_URL must be tcp://host:port (got ${url})`);
    return new ClamdScanner({ host: parsed.hostname, port: Number(parsed.port), timeoutMs });
  }

  async scan(source: Readable): Promise<ScanVerdict> {
    const socket = net.connect({ host: this.options.host, port: this.options.port });
    socket.setTimeout(this.options.timeoutMs ?? CLAMD_TIMEOUT_MS, () => socket.destroy(new Error('clamd timed out')));
    let failure: Error | null = null;
    let reply = '';
    socket.on('error', (error) => {
      failure ??= error;
    });
    socket.on('data', (data: Buffer) => {
      reply += data.toString('latin1');
    });
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const send = async (bytes: Buffer) => {
      if (socket.destroyed) return;
      if (!socket.write(bytes)) await new Promise<void>((resolve) => (socket.once('drain', resolve), socket.once('close', resolve)));
    };
    try {
      await send(Buffer.from('zINSTREAM\0', 'latin1'));
      for await (const piece of source) {
        const bytes = piece as Buffer;
        // After clamd hung up (a limit, an error) the file is still read to its end: the upload waits on it.
        for (let offset = 0; offset < bytes.length && !socket.destroyed; offset += MAX_PIECE) {
          const part = bytes.subarray(offset, offset + MAX_PIECE);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(part.length);
          await send(Buffer.concat([length, part]));
        }
      }
      await send(Buffer.alloc(4));
      socket.end();
      await closed;
    } finally {
      socket.destroy();
    }
    return verdictOf(reply, failure);
  }
}

function verdictOf(reply: string, failure: Error | null): ScanVerdict {
  const answer = reply.replace(/\0+$/, '').trim();
  if (answer === 'stream: OK') return { infected: false };
  const found = /^stream: (.+) FOUND$/.exec(answer);
  if (found) return { infected: true, signature: found[1] };
  throw new ScannerUnavailableError(answer ? `clamd answered: ${answer}` : 'clamd gave no verdict', { cause: failure ?? undefined });
}
