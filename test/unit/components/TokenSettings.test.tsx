import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { TokenSettings, type TokenSettingsProps } from '@/components/options/TokenSettings';
import { looksLikeGitHubToken } from '@/lib/settings/settings';

const GOOD_TOKEN = `github_pat_${'A1b2'.repeat(15)}`;
const quota = { limit: 5000, remaining: 4998, resetAt: Date.parse('2026-11-26T11:00:00Z') };

function renderSettings(overrides: Partial<TokenSettingsProps> = {}) {
  const props: TokenSettingsProps = {
    hasToken: vi.fn(async () => false),
    checkToken: vi.fn(async () => ({ status: 'ok' as const, rateLimit: quota })),
    saveToken: vi.fn(async () => {}),
    currentRateLimit: vi.fn(async () => null),
    ...overrides,
  };
  render(<TokenSettings {...props} />);
  return props;
}

const typeToken = (value: string) => fireEvent.change(screen.getByLabelText('Token'), { target: { value } });

describe('TokenSettings', () => {
  it('explains what token to make and links to GitHub’s token page', async () => {
    renderSettings();
    expect(await screen.findByText('No token saved.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'fine-grained token' }).getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/settings\/personal-access-tokens\/new/,
    );
    expect(screen.getByLabelText('Token').getAttribute('type')).toBe('password');
  });

  it('checks a token with GitHub before saving it, then shows the quota', async () => {
    const props = renderSettings();
    typeToken(`  ${GOOD_TOKEN} `);
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }));
    expect((await screen.findByTestId('token-message')).textContent).toBe('Token checked with GitHub and saved.');
    expect(props.checkToken).toHaveBeenCalledWith(GOOD_TOKEN);
    expect(props.saveToken).toHaveBeenCalledWith(GOOD_TOKEN);
    expect(screen.getByTestId('token-quota').textContent).toMatch(/^4998 of 5000 requests left this hour/);
    expect(screen.getByText('A token is saved.')).toBeTruthy();
  });

  it('does not save a token GitHub rejects, and says why', async () => {
    const props = renderSettings({
      checkToken: vi.fn(async () => ({ status: 'error' as const, error: { kind: 'bad-token' as const } })),
    });
    typeToken(GOOD_TOKEN);
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: GitHub rejected the token saved in pyvet.');
    expect(props.saveToken).not.toHaveBeenCalled();
  });

  it('refuses text that is not a token without asking GitHub', async () => {
    const props = renderSettings();
    typeToken('my password');
    fireEvent.click(screen.getByRole('button', { name: 'Check and save' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/does not look like a GitHub token/);
    expect(props.checkToken).not.toHaveBeenCalled();
  });

  it('removes a saved token', async () => {
    const props = renderSettings({ hasToken: vi.fn(async () => true) });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove token' }));
    expect((await screen.findByTestId('token-message')).textContent).toMatch(/^Token removed/);
    expect(props.saveToken).toHaveBeenCalledWith(null);
  });
});

describe('looksLikeGitHubToken', () => {
  it.each([GOOD_TOKEN, `ghp_${'x'.repeat(36)}`, `gho_${'Y'.repeat(36)}`])('accepts %s', (token) => {
    expect(looksLikeGitHubToken(token)).toBe(true);
  });
  it.each(['', 'ghp_short', 'password123', `ghx_${'x'.repeat(36)}`, `github_pat_${'a'.repeat(10)}`])('refuses %s', (token) => {
    expect(looksLikeGitHubToken(token)).toBe(false);
  });
});
