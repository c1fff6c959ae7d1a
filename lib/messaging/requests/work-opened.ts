import * as v from 'valibot';
import { RefusedError } from '../../db/refused';
import { workKey } from '../../db/work-key';
import { defineRequest } from '../define-request';
import { WorkSnapshotSchema } from '../fields';
import { toWorkV1 } from '../wire';
import { sameSite, workFromSender } from '../work-from-sender';

/**
 * Today's reader opened a work in this tab (it records page loads). Replaced by the reading
 * port's `open` once the reader moves into its frame; kept until then.
 */
export const workOpened = defineRequest({
  type: 'work/opened',
  schema: v.object({ type: v.literal('work/opened'), work: WorkSnapshotSchema }),
  from: ['story-tab', 'reader-frame'],
  async handle({ work }, { sender, deps }) {
    const checked = workFromSender(work, sender.pageUrl);
    if (!checked.ok) throw new RefusedError(checked.error);
    // The work's own page must be on the same site as the tab reporting it.
    if (!sameSite(new URL(work.url), sender.pageUrl)) {
      throw new RefusedError('the work’s address is not on the tab’s site');
    }
    if (sender.incognito && !(await deps.recordPrivateWindows())) return { recorded: false };
    // The page it was read on is the tab's own address, whatever the message says.
    const stored = await deps.works.recordOpen(
      { ...work, ...checked.work, pageUrl: sender.pageUrl.href },
      deps.now(),
    );
    return { recorded: true, key: workKey(stored), work: toWorkV1(stored) };
  },
});
