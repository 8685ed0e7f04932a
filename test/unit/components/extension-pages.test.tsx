import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FreshnessSetting } from '@/components/FreshnessSetting';
import { OptionsPage } from '@/components/OptionsPage';
import { PopupPanel } from '@/components/PopupPanel';
import { ShortlistsPage } from '@/components/ShortlistsPage';
import { PyvetDatabase } from '@/lib/store/db';

describe('PopupPanel', () => {
  const renderPopup = (url: string | null) => {
    const props = { getActiveTabUrl: async () => url, openShortlists: vi.fn(), openOptions: vi.fn() };
    render(<PopupPanel {...props} />);
    return props;
  };

  it('points at the sidebar on a GitHub profile', async () => {
    renderPopup('https://github.com/defunkt');
    expect(await screen.findByText(/sidebar is on this profile/)).toBeTruthy();
  });

  it('explains where pyvet works on any other page, and opens its pages', async () => {
    const props = renderPopup('https://github.com/defunkt/dotjs');
    expect(await screen.findByText(/works on GitHub profile pages/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Shortlists' }));
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(props.openShortlists).toHaveBeenCalledOnce();
    expect(props.openOptions).toHaveBeenCalledOnce();
  });
});

const noToken = {
  hasToken: async () => false,
  checkToken: async () => ({ status: 'error' as const, error: { kind: 'bad-token' as const } }),
  saveToken: async () => {},
  currentRateLimit: async () => null,
};

describe('OptionsPage', () => {
  it('shows the cache size and clears it', async () => {
    let entries = 4;
    render(
      <OptionsPage
        token={noToken}
        freshness={{ getHours: async () => 24, setHours: async () => {} }}
        getCacheStats={async () => ({ entries })}
        clearCache={async () => {
          const removed = entries;
          entries = 0;
          return { removed };
        }}
        getGrantedHosts={async () => ['https://github.com/*', 'https://api.github.com/*']}
      />,
    );
    expect((await screen.findByText('4 cached GitHub responses.')).textContent).toBeTruthy();
    expect((await screen.findByText('https://api.github.com/*')).tagName).toBe('CODE');
    fireEvent.click(screen.getByRole('button', { name: 'Clear cached GitHub data' }));
    expect(await screen.findByText('Removed 4 cached GitHub responses.')).toBeTruthy();
    expect(await screen.findByText('0 cached GitHub responses.')).toBeTruthy();
  });

  it('says so when the background cannot be reached', async () => {
    render(
      <OptionsPage
        token={noToken}
        freshness={{ getHours: async () => 24, setHours: async () => {} }}
        getCacheStats={() => Promise.reject(new Error('no background'))}
        clearCache={() => Promise.reject(new Error('no background'))}
        getGrantedHosts={async () => []}
      />,
    );
    expect((await screen.findByText(/^Could not read the cache/)).textContent).toBe('Could not read the cache: Error: no background');
  });
});

describe('FreshnessSetting', () => {
  it('saves a whole number of hours in range and refuses anything else', async () => {
    const setHours = vi.fn(async () => {});
    render(<FreshnessSetting getHours={async () => 24} setHours={setHours} />);
    const field = await screen.findByDisplayValue('24');
    fireEvent.change(field, { target: { value: '6' } });
    expect((await screen.findByTestId('freshness-note')).textContent).toBe(
      'Saved: profiles revisited within 6 hours cost no requests.',
    );
    expect(setHours).toHaveBeenCalledWith(6);
    for (const bad of ['0', '169', '2.5', '']) {
      fireEvent.change(field, { target: { value: bad } });
      expect(screen.getByTestId('freshness-note').textContent).toBe('Enter a whole number of hours from 1 to 168.');
    }
    expect(setHours).toHaveBeenCalledTimes(1);
  });
});

describe('ShortlistsPage', () => {
  const db = new PyvetDatabase('pyvet-shortlists-page-test');
  afterEach(() => db.shortlists.clear());

  it('shows an empty state, then saved shortlists newest first', async () => {
    const { unmount } = render(<ShortlistsPage db={db} />);
    expect((await screen.findByTestId('shortlists-empty')).textContent).toContain('No shortlists yet');
    unmount();

    await db.shortlists.bulkPut([
      { id: 'a', name: 'Backend', candidateIds: ['c1', 'c2'], createdAt: 1, updatedAt: 1 },
      { id: 'b', name: 'Data', candidateIds: [], createdAt: 2, updatedAt: 2 },
    ]);
    render(<ShortlistsPage db={db} />);
    const items = (await screen.findByTestId('shortlists')).querySelectorAll('li');
    expect([...items].map((item) => item.textContent)).toEqual(['Data (0)', 'Backend (2)']);
  });
});
