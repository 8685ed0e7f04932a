import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { kitToOffer, StageKitPanel } from '@/components/candidate/StageKitPanel';
import { viewCandidate } from '@/lib/judgement/candidate-view';
import { DEFAULT_THRESHOLDS } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { storeSaving } from '../../support/candidate-saving';
import { fixtureReport } from '../../support/reports';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const event = (at: number, outcome?: { kit: 'close'; result: 'advance' | 'hold' }) => ({ at, stage: 'close' as const, note: '', ...(outcome && { outcome: { ...outcome, checks: [] } }) });

afterEach(() => vi.restoreAllMocks());

describe('kitToOffer', () => {
  it('offers the technical screen after the profile filter, the stage the candidate is at, then the first 30 days once closed', () => {
    expect(kitToOffer(null)).toBe('technical-screen');
    expect(kitToOffer({ stage: 'profile-filter', history: [] })).toBe('technical-screen');
    expect(kitToOffer({ stage: 'architecture-interview', history: [] })).toBe('architecture-interview');
    expect(kitToOffer({ stage: 'close', history: [event(1, { kit: 'close', result: 'hold' })] })).toBe('close');
    expect(kitToOffer({ stage: 'close', history: [event(1, { kit: 'close', result: 'hold' }), event(2, { kit: 'close', result: 'advance' })] })).toBe('first-30-days');
  });
});

describe('StageKitPanel', () => {
  it('downloads the practical-task brief for the candidate without the reviewer-only notes', async () => {
    const { saving } = storeSaving(NOW);
    const { candidate: saved } = await saving.save({ githubLogin: 'defunkt', displayName: 'Chris Wanstrath', profileUrl: 'https://github.com/defunkt', stage: 'practical-task', note: '', shortlist: 'Backend' });
    const view = viewCandidate({
      report: await fixtureReport('defunkt', NOW),
      reading: null,
      scorecard: scorecardFromTemplate('backend', NOW),
      thresholds: DEFAULT_THRESHOLDS,
      closedAt: null,
      now: NOW,
    });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:brief'));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(
      <StageKitPanel saved={saved} githubLogin="defunkt" profileUrl="https://github.com/defunkt" candidateName="Chris Wanstrath" kits={view.kits} saving={saving} copy={vi.fn()} />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Prepare practical task' }));
    const body = screen.getByTestId('kit-body');
    // The reviewer sees what is left unclear on purpose; the candidate's brief must not.
    expect(within(body).getByText(/Left unclear on purpose/)).toBeTruthy();
    fireEvent.click(within(body).getByRole('button', { name: 'Download task brief' }));
    await waitFor(() => expect(screen.getByTestId('kit-status').textContent).toBe('Downloaded the task brief.'));
    const brief = await blobs[0]!.text();
    expect(brief).toMatch(/Chris Wanstrath/);
    expect(brief).not.toMatch(/Left unclear|reviewer only/i);
  });
});
