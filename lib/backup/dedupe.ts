import { RECORD_KEY, STORE_NAMES, type StoreRecords } from './format';
import { MERGE } from './merge-records';
import { BackupRefusedError } from './refused';

/**
 * A file's records with each key once: a record listed twice (a hand-edited or concatenated
 * file) is merged with itself by the store's merge rule, and said so. A highlight id used by
 * two different works cannot be one highlight: the file is refused.
 */
export function dedupe(records: StoreRecords): { records: StoreRecords; warnings: string[] } {
  const out = {} as Record<keyof StoreRecords, unknown[]>;
  let repeated = 0;
  for (const store of STORE_NAMES) {
    const keyOf = RECORD_KEY[store] as (r: unknown) => string;
    const merge = MERGE[store] as (a: unknown, b: unknown) => unknown;
    const byKey = new Map<string, unknown>();
    for (const record of records[store] as unknown[]) {
      const key = keyOf(record);
      const seen = byKey.get(key);
      if (seen === undefined) {
        byKey.set(key, record);
        continue;
      }
      repeated++;
      if (store === 'highlights') {
        const a = (seen as { work: string }).work;
        const b = (record as { work: string }).work;
        if (a !== b) {
          throw new BackupRefusedError(
            `The backup is damaged: highlight "${key}" is listed under two works (${a} and ${b}).`,
          );
        }
      }
      byKey.set(key, merge(seen, record));
    }
    out[store] = [...byKey.values()];
  }
  const warnings =
    repeated > 0
      ? [
          `${repeated} record${repeated === 1 ? ' was' : 's were'} listed twice in the file; the copies were merged.`,
        ]
      : [];
  return { records: out as unknown as StoreRecords, warnings };
}
