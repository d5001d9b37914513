import piexif from 'piexifjs';
import { createHash, randomBytes } from 'node:crypto';
import { EICAR_TEST_STRING } from '../../src/scanning/sandbox-virus-scanner';
import { TINY_JPEG_BASE64 } from '../../src/seed-data';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A PDF as file-type tells it (the %PDF header), `size` bytes long, its body random. */
export function pdfBytes(size = 2_000): Buffer {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n', 'latin1');
  const body = randomBytes(Math.max(0, size - head.length - tail.length)).map((byte) => (byte % 94) + 32);
  return Buffer.concat([head, body, tail]).subarray(0, size);
}

/** A PDF that carries the EICAR test string: the sandbox scanner (like clamd) flags it. */
export const eicarPdf = (): Buffer => Buffer.concat([Buffer.from('%PDF-1.4\n', 'latin1'), Buffer.from(EICAR_TEST_STRING, 'latin1'), Buffer.from('\n%%EOF\n', 'latin1')]);

/** A Windows executable (MZ header) — what someone might rename to "invoice.pdf". */
export const exeBytes = (): Buffer => Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(62), Buffer.from('PE\0\0', 'latin1'), randomBytes(600)]);

/** A JPEG with EXIF that says where it was taken (Moscow), built with piexifjs. */
export function jpegWithGps(): Buffer {
  const gps = {
    [piexif.GPSIFD.GPSLatitudeRef]: 'N',
    [piexif.GPSIFD.GPSLatitude]: [[55, 1], [45, 1], [21, 1]],
    [piexif.GPSIFD.GPSLongitudeRef]: 'E',
    [piexif.GPSIFD.GPSLongitude]: [[37, 1], [37, 1], [4, 1]],
  };
  const exif = piexif.dump({ '0th': { [piexif.ImageIFD.Make]: 'PhoneMaker' }, GPS: gps });
  return Buffer.from(piexif.insert(exif, Buffer.from(TINY_JPEG_BASE64, 'base64').toString('latin1')), 'latin1');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A 1×1 PNG with an eXIf chunk (EXIF with GPS) and a tEXt chunk. */
export function pngWithExif(): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const exif = Buffer.from(piexif.dump({ GPS: { [piexif.GPSIFD.GPSLatitudeRef]: 'N', [piexif.GPSIFD.GPSLatitude]: [[55, 1], [45, 1], [21, 1]] } }).slice(6), 'latin1');
  const idat = Buffer.from('789c63f8cfc0f01f0005000201', 'hex');
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', ihdr),
    pngChunk('eXIf', exif),
    pngChunk('tEXt', Buffer.from('Comment\0taken at home', 'latin1')),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chunk types of a PNG, in order. */
export function pngChunkTypes(png: Buffer): string[] {
  const types: string[] = [];
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    types.push(png.toString('latin1', offset + 4, offset + 8));
    offset += 12 + length;
  }
  return types;
}
