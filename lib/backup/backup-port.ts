import * as v from 'valibot';
import type { FicDbHandle } from '../db/open-db';
import { classifySender, type Sender, type SenderContext } from '../messaging/sender';
import { exportBackup } from './export-backup';
import type { Backup } from './format';
import { commitImport, previewImport } from './import-backup';
import { backupFileName, MAX_BACKUP_BYTES, BACKUP_PORT, formatBytes } from './limits';
import { BackupRequestSchema, type BackupReply, type BackupRequest } from './port-protocol';
import { mark } from './marks';
import { readBackup } from './read-backup';

/** The parts of a runtime.Port the backup port uses (tests pass a fake). */
export interface BackupPortLike {
  name: string;
  sender?: Sender;
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** What the backup port needs from the background. */
export interface BackupPortDeps extends SenderContext {
  db: FicDbHandle;
  /** Every setting as stored (goes into the backup). */
  loadSettings(): Promise<unknown>;
  /** Applies the settings of a backup (checked there). */
  restoreSettings(raw: unknown): Promise<void>;
  /** Tells open pages that the library changed. */
  changed(works: 'all'): void;
  now(): number;
}

/**
 * The background's side of backups: only our own extension pages may connect. Exports stream
 * out in slices; an import streams in, is read and checked in full, previewed from a read-only
 * transaction, and written only on `import-commit`, in one transaction.
 */
export function createBackupPort(deps: BackupPortDeps) {
  return function connect(port: BackupPortLike) {
    if (port.name !== BACKUP_PORT) return;
    const post = (reply: BackupReply) => {
      try {
        port.postMessage(reply);
      } catch {
        // The page went away.
      }
    };
    if (classifySender(port.sender ?? {}, deps).kind !== 'extension-page') {
      post({ type: 'refused', error: 'backups are only for the library page' });
      return port.disconnect();
    }
    let parts: string[] = [];
    let chars = 0;
    let staged: Backup | undefined;
    // Closing the library page while an import writes stops it: nothing is written.
    const closed = new AbortController();
    const refuse = (error: string) => {
      parts = [];
      chars = 0;
      post({ type: 'refused', error });
    };

    async function handle(message: BackupRequest) {
      switch (message.type) {
        case 'export': {
          mark('export-start');
          const now = deps.now();
          const header = { exportedAt: now, settings: await deps.loadSettings() };
          const { slices, counts } = await exportBackup(deps.db, header);
          for (const text of slices) post({ type: 'export-slice', text });
          mark('export-sent');
          return post({ type: 'export-done', fileName: backupFileName(now), counts });
        }
        case 'import-start':
          if (message.bytes > MAX_BACKUP_BYTES) {
            return refuse(
              `The file is ${formatBytes(message.bytes)}; a backup is at most ${formatBytes(MAX_BACKUP_BYTES)}.`,
            );
          }
          parts = [];
          chars = 0;
          staged = undefined;
          return;
        case 'import-slice':
          chars += message.text.length;
          if (chars > MAX_BACKUP_BYTES)
            return refuse(`The file is over ${formatBytes(MAX_BACKUP_BYTES)}.`);
          parts.push(message.text);
          return;
        case 'import-end': {
          mark('import-received');
          const read = readBackup(parts.join(''), deps.now());
          mark('import-read');
          parts = [];
          chars = 0;
          if (!read.ok) return refuse(read.error);
          staged = read.backup;
          const preview = await previewImport(deps.db, staged, { restoreDeleted: false });
          const { warnings, exportedAt, settings } = staged;
          return post({
            type: 'preview',
            preview,
            warnings,
            exportedAt,
            hasSettings: settings !== undefined,
          });
        }
        case 'import-commit': {
          if (!staged) return refuse('Nothing to import: choose the file again.');
          const backup = staged;
          staged = undefined;
          const result = await commitImport(
            deps.db,
            backup,
            { restoreDeleted: message.restoreDeleted },
            (written, total) => post({ type: 'import-progress', written, total }),
            closed.signal,
          );
          if (message.settings && backup.settings !== undefined)
            await deps.restoreSettings(backup.settings);
          deps.changed('all');
          return post({ type: 'imported', result });
        }
        case 'ping':
          return;
      }
    }

    // One message after another, in order: the slices of a file must arrive whole.
    let queue = Promise.resolve();
    port.onMessage.addListener((raw) => {
      const parsed = v.safeParse(BackupRequestSchema, raw);
      if (!parsed.success) return refuse(`invalid message: ${v.summarize(parsed.issues)}`);
      queue = queue
        .then(() => handle(parsed.output))
        .catch((error: unknown) => refuse(error instanceof Error ? error.message : String(error)));
    });
    port.onDisconnect.addListener(() => {
      parts = [];
      staged = undefined;
      closed.abort();
    });
  };
}
