// Reads a ZIP back with yauzl for assertions: an independent reader, on
// purpose not src/util/zip-read.ts, so tests check the writer against
// something other than our own reading of it.
import yauzl from 'yauzl';

export interface ZipEntryData {
  name: string;
  data: Buffer;
  compressionMethod: number;
  /** As the central directory records them. */
  crc32: number;
  flags: number;
  size: number;
}

export function readZip(path: string): Promise<ZipEntryData[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, strictFileNames: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const out: ZipEntryData[] = [];
      zip.on('error', reject);
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.push({
              name: entry.fileName, data: Buffer.concat(chunks), compressionMethod: entry.compressionMethod,
              crc32: entry.crc32, flags: entry.generalPurposeBitFlag, size: entry.uncompressedSize,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
