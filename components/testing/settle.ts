import { afterAll } from 'vitest';

/**
 * Preact runs effects after the next frame, with a 100 ms fallback timer. A render late in the
 * last test leaves that timer pending past the file, when jsdom's globals (cancelAnimationFrame)
 * are gone: let it fire while they are still here.
 */
export function settleFramesAfterAll(): void {
  afterAll(() => new Promise((resolve) => setTimeout(resolve, 150)));
}
