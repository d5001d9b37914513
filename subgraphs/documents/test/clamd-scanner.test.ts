import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { ClamdScanner } from '../src/scanning/clamd-scanner';
import { EICAR_TEST_STRING, SandboxVirusScanner } from '../src/scanning/sandbox-virus-scanner';
import { ScannerUnavailableError } from '../src/scanning/virus-scanner';

/**
 * A stand-in for clamd speaking its INSTREAM protocol (zINSTREAM\0, length-prefixed pieces, a zero
 * length), answering FOUND when the stream holds the EICAR string, or `reply` when given.
 */
async function fakeClamd(reply?: string): Promise<{ url: string; received: Buffer[]; stop(): Promise<void> }> {
  const received: Buffer[] = [];
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    let commandRead = false;
    const body: Buffer[] = [];
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      if (!commandRead) {
        const end = buffer.indexOf(0);
        if (end < 0) return;
        if (buffer.subarray(0, end).toString() !== 'zINSTREAM') return socket.end('UNKNOWN COMMAND\0');
        buffer = buffer.subarray(end + 1);
        commandRead = true;
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          const file = Buffer.concat(body);
          received.push(file);
          const found = file.includes(Buffer.from(EICAR_TEST_STRING, 'latin1'));
          socket.end(reply ?? (found ? 'stream: Win.Test.EICAR_HDB-1 FOUND\0' : 'stream: OK\0'));
          return;
        }
        if (buffer.length < 4 + length) return;
        body.push(buffer.subarray(4, 4 + length));
        buffer = buffer.subarray(4 + length);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `tcp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const pieces = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part, 'latin1')));

describe('ClamdScanner (INSTREAM over TCP)', () => {
  it('streams the file to clamd and reads its verdict', async () => {
    const clamd = await fakeClamd();
    try {
      const scanner = ClamdScanner.fromUrl(clamd.url);
      expect(await scanner.scan(pieces('%PDF-1.4 ', 'harmless'))).toEqual({ infected: false });
      const big = 'x'.repeat(200 * 1024);
      expect(await scanner.scan(pieces(big, EICAR_TEST_STRING.slice(0, 20), EICAR_TEST_STRING.slice(20)))).toEqual({ infected: true, signature: 'Win.Test.EICAR_HDB-1' });
      expect(clamd.received[1].length).toBe(big.length + EICAR_TEST_STRING.length);
    } finally {
      await clamd.stop();
    }
  });

  it('gives no verdict (ScannerUnavailableError) when clamd errs or is not there', async () => {
    const clamd = await fakeClamd('INSTREAM size limit exceeded. ERROR\0');
    try {
      await expect(ClamdScanner.fromUrl(clamd.url).scan(pieces('data'))).rejects.toBeInstanceOf(ScannerUnavailableError);
    } finally {
      await clamd.stop();
    }
    await expect(ClamdScanner.fromUrl('tcp://127.0.0.1:1').scan(pieces('data'))).rejects.toBeInstanceOf(ScannerUnavailableError);
  });
});

describe('SandboxVirusScanner', () => {
  it('flags the EICAR string anywhere, also across chunk boundaries', async () => {
    const scanner = new SandboxVirusScanner();
    expect(await scanner.scan(pieces('abc', EICAR_TEST_STRING.slice(0, 30), EICAR_TEST_STRING.slice(30), 'tail'))).toEqual({ infected: true, signature: 'EICAR-Test-File' });
    expect(await scanner.scan(pieces('abc', EICAR_TEST_STRING.slice(0, 30), 'X', EICAR_TEST_STRING.slice(30)))).toEqual({ infected: false });
  });
});
