/**
 * Every selector pyvet uses on github.com pages, in one place. When GitHub
 * changes its markup, this is the file to change. Each list is tried in order;
 * the dated comment says which markup a selector was written against.
 */
export const githubSelectors = {
  // 2026-01 logged-out profile (fixtures defunkt.html, dingaanmanjate.html) and
  // the logged-in profile: `h1.vcard-names > span.p-name.vcard-fullname[itemprop=name]`.
  displayName: ['.vcard-names .p-name', '.vcard-fullname', '[itemprop="name"].p-name'],

  // 2026-01 profile header: `span.p-nickname.vcard-username`. Logged-in viewers also get
  // the pronouns inside it (`… · <span itemprop="pronouns">he/him</span>`; not in a fixture).
  username: ['.vcard-names .p-nickname', '.vcard-username'],

  // Markers that a page is a person's profile. 2026-01: the vcard header;
  // the schema.org Person wrapper has been on profiles since 2019.
  userProfileMarker: ['.vcard-names', '.js-profile-editable-names', '[itemtype="http://schema.org/Person"]'],

  // Organization pages. 2019 to 2026, logged in and out:
  // `<meta name="hovercard-subject-tag" content="organization:ID">` (github-url-detection uses the same).
  organizationMarker: ['meta[name="hovercard-subject-tag"][content^="organization"]'],

  // ---- Profile facts (readGitHubProfile). Verified against the 2025-12/2026-01
  // logged-out fixtures unless a comment says "unverified". Logged-in pages
  // (body class `logged-in`, a filled `meta[name=user-login]`) differ in the
  // follow button, the email row, pronouns and the owner's edit controls (a
  // hidden `form.js-profile-editable-form` with unsaved values), none of which
  // these selectors match. "2021-05" marks the shape of a real logged-in
  // own-profile page of that date, seen in a public repository and copied into
  // test/fixtures/github-pages/profile-logged-in-own-2021.html (not a shared fixture).

  // The left column: avatar, names, bio, details, organizations. 2026-01 and 2021-05:
  // `div.h-card[itemscope][itemtype="http://schema.org/Person"]`. (Not `.Layout-sidebar`:
  // the sticky mini-header has one too, holding only the avatar and login.)
  profileSidebar: ['.h-card', '[itemtype="http://schema.org/Person"]'],

  // The block GitHub renders for every profile around bio, follower links and details
  // (also the owner's inline edit target). 2026-01: `div.js-profile-editable-area`.
  profileEditableArea: ['.js-profile-editable-area'],

  // 2026-01: `div.p-note.user-profile-bio.js-user-profile-bio[data-bio-text]` > `div` (text);
  // 2021-05 the same without data-bio-text. Not `.user-profile-bio-message` (edit form).
  bio: ['.user-profile-bio', '.js-user-profile-bio', '.p-note'],

  // 2026-01: `ul.vcard-details`, present on rendered profiles even when a row is missing.
  detailsList: ['ul.vcard-details', '.vcard-details'],

  // Rows inside detailsList. 2025-12 (dingaanmanjate): `li[itemprop=worksFor]` > `span.p-org`
  // (plain text or `@org` mention links).
  company: ['[itemprop="worksFor"] .p-org', '[itemprop="worksFor"]'],

  // No shared fixture has a location. 2021-05 (and a ~2024 vcard copied into a public test):
  // `li[itemprop=homeLocation][aria-label="Home location: …"]` > `span.p-label`.
  // (The local-time row next to it is `li[itemprop=localTime]` with its own `.p-label`.)
  location: ['[itemprop="homeLocation"] .p-label', '[itemprop="homeLocation"]'],

  // 2026-01: `li[itemprop=url][data-test-selector=profile-website-url]` > `a[rel="nofollow me"]`.
  website: ['[itemprop="url"] a[href]', '[data-test-selector="profile-website-url"] a[href]'],

  // No shared fixture has social accounts. Since 2023 (a ~2024 vcard copied into a public test):
  // one `li[itemprop=social]` per account (X, LinkedIn, Mastodon, Reddit, any URL) >
  // `a.Link--primary[rel="nofollow me"]`. Unverified fallback: the single
  // `li[itemprop=twitter]` row of 2021-2022.
  socialLinks: ['[itemprop="social"] a[href]', '[itemprop="twitter"] a[href]'],

  // 2026-01 and 2021-05: `a.Link--secondary[href="https://github.com/<login>?tab=followers"]`
  // > `span.text-bold` ("22.6k"). Relative hrefs (`/<login>?tab=followers`) and a `title`
  // with the exact count are unverified fallbacks.
  followersCount: ['a[href$="?tab=followers"] .text-bold', 'a[href*="tab=followers"] .text-bold', 'a[href*="tab=followers"] span'],
  followingCount: ['a[href$="?tab=following"] .text-bold', 'a[href*="tab=following"] .text-bold', 'a[href*="tab=following"] span'],

  // The Repositories tab counter. 2026-01: `a.UnderlineNav-item[data-tab-item=repositories]`
  // > `span.Counter[title="107"]` (the title holds the exact count when the text is "1.2k");
  // 2021-05: no data-tab-item, `a.UnderlineNav-item[href="/<login>?tab=repositories"]`.
  publicReposCounter: ['a[data-tab-item="repositories"] .Counter', 'a[href*="tab=repositories"] .Counter'],

  // The right column that holds the README, pinned items and contributions.
  // 2026-01: `turbo-frame#user-profile-frame` inside `.Layout-main`. 2021-05 had neither
  // (a bare `div.col-md-9`), so the reader also accepts the pinned and README boxes alone.
  profileMainColumn: ['#user-profile-frame', '.Layout-main'],

  // 2025-12 (dingaanmanjate): `div.Box.profile-readme` > `article.markdown-body.entry-content`
  // (the 2021-05 shape is assumed to be the same: unverified).
  profileReadme: ['.profile-readme article', '.profile-readme .markdown-body'],

  // 2026-01: `div.js-pinned-items-reorder-container` > `h2` ("Pinned") + `ol` > `li.pinned-item-list-item`.
  // 2021-05 (owner's view): the same container, but the classes sit on the card's inner `div.Box`
  // (`div.Box.pinned-item-list-item.js-pinned-item-list-item`) inside a bare `li`.
  // With nothing pinned, GitHub shows "Popular repositories" in the same container (real pages seen
  // in public repositories: ~2021 logged out, 2026-03 owner's view): `h2.f4.mb-2.text-normal`
  // "Popular repositories", a bare `li`, and `div.Box.pinned-item-list-item` without `js-pinned-*`
  // classes (found by the last fallback). Spacing classes changed (`mb-4` → `tmp-mb-4`): not matched.
  pinnedContainer: ['.js-pinned-items-reorder-container'],
  pinnedHeading: [':scope > h2', 'h2'],
  pinnedItems: ['li.pinned-item-list-item', '.js-pinned-item-list-item', '.pinned-item-list-item'],

  // Inside a pinned card. 2026-01: `a.Link[href="/owner/name"]` > `span.owner` ("atom/") +
  // `span.repo` ("atom"); own repos have no `span.owner`.
  pinnedName: ['.repo'],
  pinnedDescription: ['.pinned-item-desc'],
  pinnedLanguage: ['[itemprop="programmingLanguage"]'],
  // `a.pinned-item-meta[href$="/stargazers"]` ("61k"); GitHub leaves it out for unstarred repos.
  pinnedStars: ['a[href$="/stargazers"]'],

  // The "Organizations" avatars in the sidebar. 2026-01: `a.avatar-group-item[itemprop=follows]
  // [data-hovercard-type=organization][aria-label=<org>][href="/<org>"]`.
  organizations: ['a.avatar-group-item[data-hovercard-type="organization"]', 'a[itemprop="follows"]'],
} as const;

/** The first element any of the fallback selectors finds. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Every element the first matching fallback selector finds (the fallbacks are alternatives, not a union). */
export function queryAllFirst(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}
