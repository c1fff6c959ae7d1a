import { useEffect, useState } from 'preact/hooks';
import type { StoredWorkV1 } from '@/lib/db/schema';
import { sendRequest } from '@/lib/messaging/send-request';

/** The library's works (most recent first), loaded from the background; error says why not. */
export function useLibrary(limit?: number) {
  const [works, setWorks] = useState<StoredWorkV1[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void sendRequest({ type: 'library/list', ...(limit ? { limit } : {}) }).then((reply) => {
      if (reply.ok) setWorks(reply.works);
      else setError(reply.error);
    });
  }, [limit]);
  return { works, error };
}
