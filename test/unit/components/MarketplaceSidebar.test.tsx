import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MarketplaceSidebar } from '@/components/sidebar/MarketplaceSidebar';
import { emptyReading } from '@/lib/readers/profile-reading';
import { storeSaving } from '../../support/candidate-saving';
import { fakeRoleServices } from '../../support/role-services';

const NOW = Date.parse('2026-11-26T10:00:00Z');
const reading = {
  ...emptyReading('toptal', 'https://www.toptal.com/resume/ada'),
  name: 'Ada',
  skills: ['Python'],
  couldNotRead: ['hourly rate', 'title'],
};

describe('MarketplaceSidebar', () => {
  it('asks for a GitHub login when the profile links none, and lets the user correct a misread field', async () => {
    const saveCorrection = vi.fn(async () => {});
    const analyze = vi.fn(async () => ({ status: 'error' as const, error: { kind: 'not-found' as const } }));
    render(
      <MarketplaceSidebar
        reading={reading}
        initialCorrection={{}}
        saveCorrection={saveCorrection}
        initiallyCollapsed={false}
        onCollapsedChange={() => {}}
        analyze={analyze}
        roles={fakeRoleServices(NOW)}
        saving={storeSaving(NOW).saving}
      />,
    );
    expect(screen.getByTestId('no-github-link').textContent).toContain('links no GitHub account');
    expect(screen.getByTestId('could-not-read').textContent).toBe('Couldn’t read hourly rate, title from this page.');

    fireEvent.click(screen.getByRole('button', { name: 'Correct what pyvet read' }));
    fireEvent.change(screen.getByLabelText('Hourly rate (e.g. 45 USD)'), { target: { value: 'lots' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save corrections' }));
    expect(screen.getByRole('alert').textContent).toMatch(/like “45 USD”/);
    fireEvent.change(screen.getByLabelText('Hourly rate (e.g. 45 USD)'), { target: { value: '$15' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Senior Python engineer' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save corrections' }));

    expect(screen.getByTestId('fact-hourly-rate').textContent).toBe('15 USD/hr (corrected)');
    expect(screen.getByTestId('fact-title').textContent).toBe('Senior Python engineer');
    expect(screen.getByTestId('corrected-note').textContent).toBe(', with your corrections (title, hourly rate)');
    expect(screen.queryByTestId('could-not-read')).toBeNull();
    expect(saveCorrection).toHaveBeenCalledWith({ title: 'Senior Python engineer', hourlyRate: { amount: 15, currency: 'USD' } });
    // The verdict is worked out on the corrected reading.
    await waitFor(() => expect(screen.getByTestId('verdict-summary').textContent).toMatch(/must-haves evidenced/));
  });
});
