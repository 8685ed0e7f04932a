import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifestOf = (target: string) =>
  JSON.parse(readFileSync(resolve(__dirname, `../../.output/${target}/manifest.json`), 'utf8')) as Record<
    string,
    unknown
  >;

describe.each(['chrome-mv3', 'firefox-mv3'])('the built %s manifest', (target) => {
  const manifest = manifestOf(target);

  it('is Manifest V3 and asks only for storage, scripting, activeTab and the three GitHub hosts', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
    expect(manifest.host_permissions).toEqual([
      'https://github.com/*',
      'https://api.github.com/*',
      'https://raw.githubusercontent.com/*',
    ]);
    expect(manifest.optional_permissions).toBeUndefined();
    // Marketplaces are asked for on first use, an ATS's API when it is connected; never at install.
    expect(manifest.optional_host_permissions).toEqual([
      'https://www.upwork.com/*',
      'https://www.freelancer.com/*',
      'https://www.toptal.com/*',
      'https://www.fiverr.com/*',
      'https://api.ashbyhq.com/*',
      'https://api.lever.co/*',
    ]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/|https?:\/\/\*\//);
  });

  it('declares only the GitHub content script; the marketplace one is registered at runtime', () => {
    expect(manifest.content_scripts).toEqual([
      { matches: ['https://github.com/*'], run_at: 'document_start', js: ['content-scripts/github.js'] },
    ]);
  });

  it('exposes only the sidebar UI, to the sites pyvet reads, for its content scripts to import (at a per-session address in Chrome)', () => {
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['sidebar-ui.js'],
        matches: ['https://github.com/*', 'https://www.upwork.com/*', 'https://www.freelancer.com/*', 'https://www.toptal.com/*', 'https://www.fiverr.com/*'],
        ...(target === 'chrome-mv3' ? { use_dynamic_url: true } : {}),
      },
    ]);
  });

  it('offers a keyboard shortcut to show or hide the sidebar', () => {
    expect(manifest.commands).toEqual({
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Show or hide the pyvet sidebar' },
    });
  });

  it('loads no remote code: no custom CSP and no remote script sources', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/https?:\/\/[^"]*\.js/);
  });
});

describe('Firefox specifics', () => {
  it('has a gecko id and declares that no data is collected', () => {
    expect(manifestOf('firefox-mv3').browser_specific_settings).toEqual({
      gecko: { id: 'pyvet@pyvet.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
