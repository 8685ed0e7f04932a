import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Renders one of pyvet's extension pages (popup, options, shortlists) into #root. */
export function renderExtensionPage(page: ReactNode) {
  const container = document.getElementById('root');
  if (!container) throw new Error('pyvet page is missing its #root element');
  createRoot(container).render(<StrictMode>{page}</StrictMode>);
}
