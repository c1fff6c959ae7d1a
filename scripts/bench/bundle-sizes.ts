import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The sizes of a built extension's scripts: content scripts, the reader frame, the background. */
export function bundleSizes(dir: string): { name: string; raw: number; gzip: number }[] {
  const files = [
    ...readdirSync(join(dir, 'content-scripts')).map((f) => join('content-scripts', f)),
    ...['reader-frame.js', 'background.js'],
  ];
  return files.flatMap((file) => {
    try {
      const bytes = readFileSync(join(dir, file));
      return [{ name: file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }];
    } catch {
      return [];
    }
  });
}
