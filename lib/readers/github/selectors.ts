/**
 * Every selector pyvet uses on github.com pages, in one place. When GitHub
 * changes its markup, this is the file to change. Each list is tried in order;
 * the dated comment says which markup a selector was written against.
 */
export const githubSelectors = {
  // 2026-01 logged-out profile (fixtures defunkt.html, dingaanmanjate.html) and
  // the logged-in profile: `h1.vcard-names > span.p-name.vcard-fullname[itemprop=name]`.
  displayName: ['.vcard-names .p-name', '.vcard-fullname', '[itemprop="name"].p-name'],

  // 2026-01 profile header: `span.p-nickname.vcard-username`.
  username: ['.vcard-names .p-nickname', '.vcard-username'],

  // Markers that a page is a person's profile. 2026-01: the vcard header;
  // the schema.org Person wrapper has been on profiles since 2019.
  userProfileMarker: ['.vcard-names', '.js-profile-editable-names', '[itemtype="http://schema.org/Person"]'],

  // Organization pages. 2019 to 2026, logged in and out:
  // `<meta name="hovercard-subject-tag" content="organization:ID">` (github-url-detection uses the same).
  organizationMarker: ['meta[name="hovercard-subject-tag"][content^="organization"]'],
} as const;

/** The first element any of the fallback selectors finds. */
export function queryFirst(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}
