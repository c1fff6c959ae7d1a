import * as v from 'valibot';
import { clampStamps, describeClamp } from './clamp-stamps';
import { dedupe } from './dedupe';
import { BackupV1Schema, type Backup } from './format';
import { mark } from './marks';
import { BackupRefusedError } from './refused';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, formatBytes } from './limits';

/** A file read: the backup, or why it was refused (in words that name the problem). */
export type ReadResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** Readers of each version of the file, newest last; each gives the current `Backup`. */
const READERS: Record<number, (data: object, now: number) => Backup> = {
  1: readV1,
};

const UNSAFE_KEY = /"(?:__proto__|constructor|prototype)"\s*:/;
const UNSAFE_KEY_WARNING =
  'The file has "__proto__", "constructor" or "prototype" keys, which no Fic Reader backup writes; they were ignored.';

/** "works[3].title" for an issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as unknown;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || 'the file';
}

function readV1(data: object, now: number): Backup {
  const clamp = clampStamps(BackupV1Schema, data, now);
  mark('read-clamped');
  const parsed = v.safeParse(BackupV1Schema, data);
  mark('read-checked');
  if (!parsed.success) {
    const shown = parsed.issues.slice(0, 3).map((i) => `${pathOf(i)}: ${i.message}`);
    const more = parsed.issues.length > 3 ? ` (and ${parsed.issues.length - 3} more)` : '';
    throw new BackupRefusedError(`The backup is damaged: ${shown.join('; ')}${more}.`);
  }
  const { exportedAt, settings, format: _f, version: _v, ...records } = parsed.output;
  const { records: unique, warnings } = dedupe(records);
  const clamped = describeClamp(clamp);
  return {
    exportedAt,
    ...(settings !== undefined ? { settings } : {}),
    records: unique,
    warnings: [...(clamped ? [clamped] : []), ...warnings],
  };
}

/** Why JSON.parse failed, in words: a cut-off file is the common case and says so. */
function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected end|unterminated|end of data/i.test(message) || text.trimEnd().at(-1) !== '}') {
    return `The file is cut short (truncated): it ends before the backup does. Copy it again from where it was saved. (${message})`;
  }
  return `The file is not valid JSON, so it is not a Fic Reader backup, or it was damaged. (${message})`;
}

/**
 * Reads a backup file's text: size, JSON, format, version (each version has its reader), then
 * every record checked against the stored shapes. Nothing here touches the database.
 */
export function readBackup(text: string, now: number, maxBytes = MAX_BACKUP_BYTES): ReadResult {
  try {
    if (text.length > maxBytes) {
      throw new BackupRefusedError(
        `The file is over ${formatBytes(maxBytes)}; a Fic Reader backup is never that large.`,
      );
    }
    if (text.trim() === '') throw new BackupRefusedError('The file is empty.');
    let data: unknown;
    try {
      data = JSON.parse(text);
      mark('read-parsed');
    } catch (error) {
      throw new BackupRefusedError(jsonProblem(error, text));
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new BackupRefusedError('The file is JSON but not a Fic Reader backup.');
    }
    const { format, version } = data as { format?: unknown; version?: unknown };
    if (format !== BACKUP_FORMAT) {
      throw new BackupRefusedError(
        `The file is JSON but not a Fic Reader backup (it does not say "format": "${BACKUP_FORMAT}").`,
      );
    }
    if (typeof version !== 'number' || !Number.isInteger(version)) {
      throw new BackupRefusedError('The backup does not say which version it is.');
    }
    if (version > BACKUP_VERSION) {
      throw new BackupRefusedError(
        `The backup was made by a newer Fic Reader (backup version ${version}; this one reads up to ${BACKUP_VERSION}). Update the extension, then import it.`,
      );
    }
    const reader = READERS[version];
    if (!reader) {
      throw new BackupRefusedError(`Backup version ${version} is not one Fic Reader ever wrote.`);
    }
    const backup = reader(data, now);
    // JSON.parse makes such keys plain properties (no prototype is touched) and the schemas keep
    // only the fields they know, so they are dropped; the reader hears it, since no backup of
    // ours writes them.
    if (UNSAFE_KEY.test(text)) backup.warnings.push(UNSAFE_KEY_WARNING);
    return { ok: true, backup };
  } catch (error) {
    if (error instanceof BackupRefusedError) return { ok: false, error: error.message };
    throw error;
  }
}
