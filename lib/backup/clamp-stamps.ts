import type * as v from 'valibot';
import { StampSchema } from '../progress/stamped';
import { UNDO_DELETE_MS } from '../progress/tombstone';

/** What clamping found: how many stamps lay in the future, and the latest of them. */
export interface ClampReport {
  count: number;
  latest: number;
}

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
};

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Takes every stamp of a parsed file that lies in the future as now (a device clock an hour fast
 * blocked every other device for an hour, readest #5661), year 30000 included, before the file is
 * checked. The stamps are found through the schema the file is checked with (every field typed
 * `StampSchema`), so no field is missed and no other number is touched. `undoUntil` is a
 * deadline, legitimately up to a day ahead: it is bounded by now + a day instead. Changes `value`
 * in place; values of the wrong type are left for the schema to refuse.
 */
export function clampStamps(schema: v.GenericSchema, value: unknown, now: number): ClampReport {
  const report: ClampReport = { count: 0, latest: 0 };
  const limitOf = (key: string) => (key === 'undoUntil' ? now + UNDO_DELETE_MS : now);
  const clamp = (stamp: number, limit: number) => {
    if (stamp <= limit) return stamp;
    report.count++;
    report.latest = Math.max(report.latest, stamp);
    return limit;
  };

  function walk(node: AnySchema, value: unknown, limit: number): unknown {
    if (node === (StampSchema as unknown)) {
      return typeof value === 'number' ? clamp(value, limit) : value;
    }
    if (node.type === 'object' && node.entries && isRecord(value)) {
      for (const [key, entry] of Object.entries(node.entries)) {
        if (Object.hasOwn(value, key)) value[key] = walk(entry, value[key], limitOf(key));
      }
    } else if (node.type === 'array' && node.item && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = walk(node.item, value[i], limit);
    } else if (node.wrapped) {
      return walk(node.wrapped, value, limit);
    }
    return value;
  }

  walk(schema as AnySchema, value, now);
  return report;
}

/** The clamping, in words for the import's preview. */
export function describeClamp({ count, latest }: ClampReport): string | undefined {
  if (count === 0) return undefined;
  const year = new Date(latest).getFullYear();
  const when = Number.isFinite(year) ? `the latest in the year ${year}` : 'some impossibly far';
  const dates = count === 1 ? '1 date was' : `${count} dates were`;
  return `${dates} in the future (${when}); they were set to now.`;
}
