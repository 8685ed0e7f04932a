import { corpusPages } from '../../support/corpus';
import { chromiumSession } from '../../e2e/extension-browser';
import { describeUpworkPageReading, marketplaceSession } from '../../e2e/marketplace-cases';

// The real saved Upwork profile of Sergii C. (Klaviyo email marketing, Kharkiv), read in real Chromium.
const pages = corpusPages();
const session = marketplaceSession(pages);

describeUpworkPageReading(chromiumSession(session), pages, { location: 'Kharkiv, Ukraine', jobSuccess: '100%', skill: 'Klaviyo', hourlyRate: /^40 USD/ });
