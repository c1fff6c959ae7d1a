import { useEffect, useRef, useState } from 'preact/hooks';
import { LIBRARY_PAGE_SIZE } from '@/lib/messaging/requests/page-sizes';
import { sendRequest } from '@/lib/messaging/send-request';
import { useLibraryChanges } from '../useLibraryChanges';
import { toEntry, type WorkEntry } from './filter-works';

/**
 * Every work of the library as search entries, loaded in pages (the first shows at once), and
 * kept current: a change in another tab reloads only the works it names.
 */
export function useLibraryIndex() {
  const [entries, setEntries] = useState<WorkEntry[] | null>(null);
  const [error, setError] = useState<string>();
  const byKey = useRef(new Map<string, WorkEntry>());
  const generation = useRef(0);
  const publish = () => setEntries([...byKey.current.values()]);

  async function loadAll() {
    const mine = ++generation.current;
    const found = new Map<string, WorkEntry>();
    for (let offset = 0; ;) {
      const reply = await sendRequest({ type: 'library/index', offset });
      if (mine !== generation.current) return;
      if (!reply.ok) return setError(reply.error);
      for (const row of reply.rows) found.set(row.work.key, toEntry(row));
      offset += reply.rows.length;
      if (offset === reply.rows.length || offset >= (reply.total ?? 0) || reply.rows.length === 0) {
        byKey.current = found;
        publish();
      }
      if (offset >= (reply.total ?? 0) || reply.rows.length === 0) return;
    }
  }

  async function reload(keys: string[]) {
    for (let i = 0; i < keys.length; i += LIBRARY_PAGE_SIZE) {
      const reply = await sendRequest({
        type: 'library/index',
        keys: keys.slice(i, i + LIBRARY_PAGE_SIZE),
      });
      if (!reply.ok) return setError(reply.error);
      for (const key of reply.missing) byKey.current.delete(key);
      for (const row of reply.rows) byKey.current.set(row.work.key, toEntry(row));
    }
    publish();
  }

  useEffect(() => void loadAll(), []);
  useLibraryChanges((change) => void (change.all ? loadAll() : reload(change.works)));
  return { entries, error, reload };
}
