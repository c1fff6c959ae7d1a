// Unit tests run against WXT's fake browser and an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Rendered components go away after each test (automatic only with Vitest globals).
afterEach(() => cleanup());
