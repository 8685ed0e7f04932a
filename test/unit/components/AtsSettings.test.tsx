import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AtsSettings, type AtsSettingsProps } from '@/components/options/AtsSettings';

const CHECKED_AT = Date.parse('2026-11-30T10:00:00Z');
const ashby = { vendor: 'ashby' as const, account: 'Acme Inc (pyvet key)', performAs: null, checkedAt: CHECKED_AT };

function renderSettings(overrides: Partial<AtsSettingsProps> = {}) {
  const props: AtsSettingsProps = {
    connection: vi.fn(async () => null),
    requestHost: vi.fn(async () => true),
    connect: vi.fn(async () => ({ status: 'ok' as const, connection: ashby })),
    disconnect: vi.fn(async () => {}),
    ...overrides,
  };
  render(<AtsSettings {...props} />);
  return props;
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('AtsSettings', () => {
  it('asks for the vendor’s API host, checks the key with the vendor, then saves it and says as whom', async () => {
    const props = renderSettings();
    expect(await screen.findByText('No system connected.')).toBeTruthy();
    expect(screen.getByLabelText('API key').getAttribute('type')).toBe('password');
    type('API key', '  ashby-key-123 ');
    fireEvent.click(screen.getByRole('button', { name: 'Check key and connect' }));
    expect((await screen.findByTestId('ats-message')).textContent).toBe('Key checked with Ashby and saved.');
    expect(props.requestHost).toHaveBeenCalledWith('ashby');
    expect(props.connect).toHaveBeenCalledWith({ vendor: 'ashby', apiKey: 'ashby-key-123', performAs: null });
    expect(screen.getByTestId('ats-state').textContent).toMatch(/^Connected to Ashby as Acme Inc \(pyvet key\)/);
    // The key is not shown again: the form is gone and only "Disconnect" remains.
    expect(screen.queryByLabelText('API key')).toBeNull();
  });

  it('needs Lever’s acting user before it will check a Lever key', async () => {
    const props = renderSettings();
    await screen.findByText('No system connected.');
    fireEvent.change(screen.getByLabelText('System'), { target: { value: 'lever' } });
    type('API key', 'lever-key');
    const submit = screen.getByRole('button', { name: 'Check key and connect' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    type('Lever user id (perform_as)', 'user-7');
    expect(submit.disabled).toBe(false);
    fireEvent.click(submit);
    await screen.findByTestId('ats-message');
    expect(props.connect).toHaveBeenCalledWith({ vendor: 'lever', apiKey: 'lever-key', performAs: 'user-7' });
  });

  it('saves nothing when the host is refused or the vendor refuses the key, and says why', async () => {
    const refused = renderSettings({ requestHost: vi.fn(async () => false) });
    await screen.findByText('No system connected.');
    type('API key', 'k');
    fireEvent.click(screen.getByRole('button', { name: 'Check key and connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Not saved: pyvet needs access to Ashby’s API host to send candidates there.',
    );
    expect(refused.connect).not.toHaveBeenCalled();
  });

  it('shows the vendor’s reason when the key is refused', async () => {
    renderSettings({ connect: vi.fn(async () => ({ status: 'error' as const, message: 'Ashby refused the API key (401).' })) });
    await screen.findByText('No system connected.');
    type('API key', 'wrong');
    fireEvent.click(screen.getByRole('button', { name: 'Check key and connect' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: Ashby refused the API key (401).');
    expect(screen.getByText('No system connected.')).toBeTruthy();
  });

  it('disconnects, forgetting the key', async () => {
    const props = renderSettings({ connection: vi.fn(async () => ashby) });
    fireEvent.click(await screen.findByRole('button', { name: 'Disconnect Ashby' }));
    expect((await screen.findByTestId('ats-message')).textContent).toBe('Disconnected from Ashby: its key is deleted from this browser.');
    expect(props.disconnect).toHaveBeenCalledWith('ashby');
    expect(screen.getByText('No system connected.')).toBeTruthy();
  });
});
