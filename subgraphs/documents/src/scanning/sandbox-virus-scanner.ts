import type { Readable } from 'node:stream';
import type { ScanVerdict, VirusScanner } from './virus-scanner';

/**
 * The standard antivirus test file's text (eicar.org): harmless, and every scanner flags it.
 * Split in two so this source file itself is not flagged by a scanner on a developer's machine.
 */
export const EICAR_TEST_STRING = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$' + 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const EICAR_SIGNATURE = 'EICAR-Test-File';

const NEEDLE = Buffer.from(EICAR_TEST_STRING, 'latin1');

/**
 * For development, tests and the demo (no clamd needed): flags any file that contains the EICAR
 * test string anywhere, as clamd does. Searches chunk by chunk, keeping the last bytes of each
 * chunk, so the string is found also when it straddles two chunks.
 */
export class SandboxVirusScanner implements VirusScanner {
  readonly name = 'sandbox';

  async scan(source: Readable): Promise<ScanVerdict> {
    let tail = Buffer.alloc(0);
    let found = false;
    for await (const piece of source) {
      if (found) continue; // keep reading: the upload waits for the whole stream to be consumed
      const window = Buffer.concat([tail, piece as Buffer]);
      if (window.includes(NEEDLE)) found = true;
      tail = window.subarray(Math.max(0, window.length - (NEEDLE.length - 1)));
    }
    return found ? { infected: true, signature: EICAR_SIGNATURE } : { infected: false };
  }
}
