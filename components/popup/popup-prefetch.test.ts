import { describe, expect, it, vi } from 'vitest';
import * as load from './load-popup';
import { prefetchPopup, takePopupData } from './popup-prefetch';

describe('the popup prefetch', () => {
  it('hands the module the load the head script started, once', async () => {
    const loads = vi.spyOn(load, 'loadPopup').mockImplementation(async () => ({}) as never);
    const page = {};
    prefetchPopup(page);
    expect(loads).toHaveBeenCalledTimes(1);
    const first = takePopupData(page);
    expect(loads).toHaveBeenCalledTimes(1);
    await first;
    // Taken: a second take (no head script this time) loads afresh.
    await takePopupData(page);
    expect(loads).toHaveBeenCalledTimes(2);
    loads.mockRestore();
  });

  it('loads at once when no head script ran', async () => {
    const loads = vi.spyOn(load, 'loadPopup').mockImplementation(async () => ({}) as never);
    await takePopupData({});
    expect(loads).toHaveBeenCalledTimes(1);
    loads.mockRestore();
  });
});
