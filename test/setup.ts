import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  cleanup();
});
