import { browser } from 'wxt/browser';
import { BACKUP_PORT, BACKUP_SLICE_BYTES, refuseBySize } from './limits';
import type { BackupReply, BackupRequest, ImportPreview, RecordCounts } from './port-protocol';

// The library page's side of backups (Firefox closes the popup when a file dialog opens, so
// imports live on the library page). The page never parses a backup: it sends the file's text
// in slices and the background reads, checks and writes it, so the page never holds a long task.

/** A port to the background with one reply awaited at a time. */
function connect() {
  const port = browser.runtime.connect({ name: BACKUP_PORT });
  let listener: ((reply: BackupReply) => void) | undefined;
  let closed = false;
  port.onMessage.addListener((reply) => listener?.(reply as BackupReply));
  port.onDisconnect.addListener(() => {
    closed = true;
    listener?.({
      type: 'refused',
      error: 'The background stopped before the backup was done; try again.',
    });
  });
  return {
    post: (message: BackupRequest) => port.postMessage(message),
    /**
     * Calls `onSlice` for every export slice and `onProgress` for every import progress report;
     * resolves with the first other reply.
     */
    next(
      onSlice?: (text: string) => void,
      onProgress?: (written: number, total: number) => void,
    ): Promise<BackupReply> {
      if (closed)
        return Promise.resolve({ type: 'refused', error: 'The background stopped; try again.' });
      return new Promise((resolve) => {
        listener = (reply) => {
          if (reply.type === 'export-slice') return onSlice?.(reply.text);
          if (reply.type === 'import-progress') return onProgress?.(reply.written, reply.total);
          listener = undefined;
          resolve(reply);
        };
      });
    },
    close: () => port.disconnect(),
  };
}

/** A finished export: the file to save. */
export interface ExportedBackup {
  blob: Blob;
  fileName: string;
  counts: RecordCounts;
}

/** Asks the background for a backup of everything; the slices become one file. */
export async function exportLibrary(): Promise<ExportedBackup> {
  const port = connect();
  // Each slice joins the blob as it comes, so no single step encodes the whole library.
  let blob = new Blob([], { type: 'application/json' });
  const done = port.next((text) => (blob = new Blob([blob, text], { type: 'application/json' })));
  port.post({ type: 'export' });
  const reply = await done;
  port.close();
  if (reply.type === 'refused') throw new Error(reply.error);
  if (reply.type !== 'export-done') throw new Error('The background answered something else.');
  return { blob, fileName: reply.fileName, counts: reply.counts };
}

/** A file read and checked by the background, waiting for the reader's go-ahead. */
export interface StagedImport {
  preview: ImportPreview;
  warnings: string[];
  exportedAt: number;
  hasSettings: boolean;
  /**
   * Writes it (one transaction) and resolves with what changed; `onProgress` hears how many of
   * the writes are done.
   */
  commit(
    options: { restoreDeleted: boolean; settings: boolean },
    onProgress?: (written: number, total: number) => void,
  ): Promise<ImportPreview>;
  /** Drops it: nothing is written. */
  cancel(): void;
}

/**
 * Sends a backup file to the background and resolves with its preview (nothing written yet).
 * A file too large is refused by its size before a byte of it is read.
 */
export async function stageImport(
  file: Blob,
  onProgress?: (fraction: number) => void,
): Promise<StagedImport> {
  const refused = refuseBySize(file.size);
  if (refused) throw new Error(refused);
  const port = connect();
  port.post({ type: 'import-start', bytes: file.size });
  // fatal: a file that is not UTF-8 text (a picture, a zip) is refused, not imported as mojibake.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (bytes?: ArrayBuffer) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      port.close();
      throw new Error('The file is not text (it is not UTF-8), so it is not a Fic Reader backup.');
    }
  };
  for (let offset = 0; offset < file.size; offset += BACKUP_SLICE_BYTES) {
    const bytes = await file.slice(offset, offset + BACKUP_SLICE_BYTES).arrayBuffer();
    port.post({ type: 'import-slice', text: decode(bytes) });
    onProgress?.(Math.min(1, (offset + BACKUP_SLICE_BYTES) / file.size));
  }
  port.post({ type: 'import-slice', text: decode() });
  const answer = port.next();
  port.post({ type: 'import-end' });
  const reply = await answer;
  if (reply.type !== 'preview') {
    port.close();
    throw new Error(
      reply.type === 'refused' ? reply.error : 'The background answered something else.',
    );
  }
  // The background forgets a file when it sleeps; a message now and then keeps it awake.
  const ping = setInterval(() => port.post({ type: 'ping' }), 20_000);
  return {
    preview: reply.preview,
    warnings: reply.warnings,
    exportedAt: reply.exportedAt,
    hasSettings: reply.hasSettings,
    async commit(options, onProgress) {
      // The pings go on while it writes: a large library takes the browser many seconds, and
      // a worker that hears nothing may be stopped (which aborts the import: nothing written).
      const done = port.next(undefined, onProgress);
      port.post({ type: 'import-commit', ...options });
      const result = await done;
      clearInterval(ping);
      port.close();
      if (result.type === 'imported') return result.result;
      throw new Error(
        result.type === 'refused' ? result.error : 'The background answered something else.',
      );
    },
    cancel() {
      clearInterval(ping);
      port.close();
    },
  };
}
