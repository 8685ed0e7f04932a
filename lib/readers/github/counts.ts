/**
 * A count as GitHub prints it: "107", "1,234", "22.6k", "1.2m". GitHub rounds
 * large counts to one decimal, so "22.6k" reads as 22600: the exact number,
 * when the page has it, is in a `title` attribute (see `readCount`).
 */
export function parseGitHubCount(text: string | null | undefined): number | null {
  const match = /^(\d[\d,]*(?:\.\d+)?)\s*([km])?$/i.exec((text ?? '').trim());
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/,/g, ''));
  const unit = match[2]?.toLowerCase();
  const scale = unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1;
  return Number.isFinite(value) ? Math.round(value * scale) : null;
}

/** The exact count from the element's `title` when it has one, else its rounded text. */
export function readCount(element: Element): number | null {
  return parseGitHubCount(element.getAttribute('title')) ?? parseGitHubCount(element.textContent);
}
