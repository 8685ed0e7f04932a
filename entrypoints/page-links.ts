import { findGitHubAccounts } from '@/lib/readers/links/github-accounts';

// Run by the popup (scripting.executeScript with activeTab) in the page the user is looking at:
// returns the GitHub accounts it links to. Reads only; changes nothing on the page.
export default defineUnlistedScript(() => findGitHubAccounts(document, new URL(location.href)));
