import { describe, expect, it } from 'vitest';
import {
  findHourlyRate,
  findJsonLdPerson,
  httpsUrl,
  normalizeText,
  parseHourlyRates,
  readGitHubLogins,
  readJsonLd,
  readMetaFacts,
  readSkillChips,
  visibleText,
} from '@/lib/readers/marketplace/page-facts';
import { parseHtml } from '../../../support/fixtures';

/** One text's single hourly rate, as the readers find it under an element. */
function parseHourlyRate(text: string) {
  const element = document.createElement('p');
  element.textContent = text;
  return findHourlyRate([element]);
}

const jsonLd = (...blocks: string[]) =>
  parseHtml(blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join(''));

describe('parseHourlyRate reads a rate written per hour', () => {
  it.each([
    ['$35/hr', 35, 'USD', '$35/hr'],
    ['Rate: $35.00 /hr', 35, 'USD', '$35.00 /hr'],
    ['US$35 per hour', 35, 'USD', 'US$35 per hour'],
    ['€40/hour', 40, 'EUR', '€40/hour'],
    ['35 USD/hr', 35, 'USD', '35 USD/hr'],
    ['£50 an hour', 50, 'GBP', '£50 an hour'],
    ['$25 USD / Hour', 25, 'USD', '$25 USD / Hour'],
    ['C$60/h', 60, 'CAD', 'C$60/h'],
    ['USD 45 per hr', 45, 'USD', 'USD 45 per hr'],
    ['40,50 €/hour', 40.5, 'EUR', '40,50 €/hour'],
    ['$1,200.00/hr', 1200, 'USD', '$1,200.00/hr'],
    // The "s$" of a glued-on word is no Singapore dollar.
    ['Fees$35/hr', 35, 'USD', '$35/hr'],
  ])('%s', (text, amount, currency, matched) => {
    expect(parseHourlyRate(text)).toEqual({ amount, currency, text: matched });
  });
});

describe('parseHourlyRate leaves out what is not a person’s hourly rate', () => {
  it.each([
    ['a price per project', 'Starting at $120 per project'],
    ['a price per month', '$300/month maintenance'],
    ['a monthly price', '€2,000 a month'],
    ['a consultation slot', '$30 per 30 min Zoom meeting'],
    ['a bare price', 'From $50'],
    ['a fixed price', '$2,500 fixed price'],
    ['a range', '$30-$50/hr'],
    ['a range written out', '$30 to $50 per hour'],
    ['a range with the unit twice', '$30/hr - $50/hr'],
    ['a client budget', 'Budget: $40/hr'],
    ['a client average', '$25.00 /hr avg hourly rate paid'],
    ['a word that starts with h', '$35 a head'],
    ['no currency', '35/hr'],
  ])('%s', (_what, text) => {
    expect(parseHourlyRate(text)).toBeNull();
  });

  it('gives null when the text states two different rates, the rate when it repeats one', () => {
    expect(parseHourlyRates('$35/hr … or €40/hour')).toHaveLength(2);
    expect(parseHourlyRate('$35/hr … or €40/hour')).toBeNull();
    expect(parseHourlyRate('$35/hr. Yes, $35.00/hr')).toEqual({ amount: 35, currency: 'USD', text: '$35/hr' });
  });
});

describe('findHourlyRate and visibleText', () => {
  it('reads a rate split across elements and ignores script and style text', () => {
    const document = parseHtml(
      '<div id="card"><span>$</span><span>35</span><span>/hr</span>' +
        '<script>var rate = "$99/hr"</script><style>.x::after{content:"$98/hr"}</style></div>',
    );
    const card = document.getElementById('card')!;
    expect(visibleText(card)).toBe('$ 35 /hr');
    expect(findHourlyRate([card])).toEqual({ amount: 35, currency: 'USD', text: '$ 35 /hr' });
  });

  it('gives null for several different rates across the given elements', () => {
    const document = parseHtml('<p id="a">$35/hr</p><p id="b">$20/hr</p>');
    expect(findHourlyRate([document.getElementById('a')!, document.getElementById('b')!])).toBeNull();
    expect(findHourlyRate([])).toBeNull();
  });
});

describe('readJsonLd and findJsonLdPerson', () => {
  it('skips broken blocks and flattens arrays and @graph', () => {
    const document = jsonLd(
      '{ broken',
      '[{"@type":"Organization","name":"Org"},{"@type":"Person","name":"A"}]',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Thing"}]}',
    );
    expect(readJsonLd(document).map((node) => node['@type'])).toEqual([
      'Organization',
      'Person',
      undefined,
      'WebPage',
      'Thing',
    ]);
  });

  it('prefers a ProfilePage’s mainEntity over other Persons on the page', () => {
    const document = jsonLd(
      '{"@type":"Person","name":"A reviewer"}',
      '{"@type":"ProfilePage","mainEntity":{"@type":"schema:Person","name":"The freelancer"}}',
    );
    expect(findJsonLdPerson(document)?.name).toBe('The freelancer');
  });

  it('reads every Person field as plain text, keeping https links only', () => {
    const document = jsonLd(
      JSON.stringify({
        '@type': 'http://schema.org/Person',
        name: '  Jo   Doe ',
        jobTitle: ['Python Developer', 'Teacher'],
        description: 'Line one.\nLine two.',
        address: { '@type': 'PostalAddress', addressLocality: 'Austin', addressRegion: 'TX', addressCountry: 'US' },
        sameAs: ['https://github.com/jodoe', 'javascript:alert(1)', 'http://plain.example/', 'https://github.com/jodoe'],
        url: 'https://jodoe.example/',
        knowsAbout: ['Python', { '@type': 'Thing', name: 'Django' }, 7],
      }),
    );
    expect(findJsonLdPerson(document)).toEqual({
      name: 'Jo Doe',
      jobTitle: 'Python Developer',
      description: 'Line one. Line two.',
      location: 'Austin, TX, US',
      sameAs: ['https://github.com/jodoe'],
      url: 'https://jodoe.example/',
      knowsAbout: ['Python', 'Django'],
    });
  });

  it('returns null when the page has no Person', () => {
    expect(findJsonLdPerson(jsonLd('{"@type":"Organization","name":"Org"}'))).toBeNull();
    expect(findJsonLdPerson(parseHtml('<p>no JSON-LD</p>'))).toBeNull();
  });
});

describe('readMetaFacts', () => {
  it('reads OpenGraph, description and profile:username; unsafe URLs become null', () => {
    const document = parseHtml(
      '<head><meta property="og:title" content=" Jo  Doe "><meta property="og:description" content="Dev">' +
        '<meta property="og:type" content="profile"><meta property="og:url" content="javascript:alert(1)">' +
        '<meta name="description" content="About Jo"><meta property="profile:username" content="jodoe">' +
        '<link rel="canonical" href="https://example.com/u/jodoe"></head>',
    );
    expect(readMetaFacts(document)).toEqual({
      ogTitle: 'Jo Doe',
      ogDescription: 'Dev',
      ogType: 'profile',
      ogUrl: null,
      description: 'About Jo',
      profileUsername: 'jodoe',
      canonicalUrl: 'https://example.com/u/jodoe',
    });
  });

  it('reads nothing from a page without meta tags', () => {
    expect(Object.values(readMetaFacts(parseHtml('<p>x</p>'))).every((value) => value === null)).toBe(true);
  });
});

describe('readSkillChips', () => {
  it('takes the first selector that finds chips, normalized, without duplicates or "+N more"', () => {
    const document = parseHtml(
      '<ul class="a"></ul><ul class="b"><li> Python </li><li>Django\n REST</li><li>Python</li><li>+3 more</li><li> </li></ul>',
    );
    expect(readSkillChips(document, ['.a li', '.b li', 'li'])).toEqual(['Python', 'Django REST']);
    expect(readSkillChips(document, ['.none'])).toEqual([]);
  });
});

describe('readGitHubLogins', () => {
  it('takes the accounts the page links to and those among structured links, each once', () => {
    const document = parseHtml(
      '<a href="https://github.com/octo-dev/repo">repo</a> <a href="https://github.com/features">features</a>',
    );
    const logins = readGitHubLogins(document, new URL('https://www.fiverr.com/someone'), [
      'https://github.com/Octo-Dev',
      'https://github.com/second-dev',
      'https://twitter.com/octo',
    ]);
    expect(logins).toEqual(['octo-dev', 'second-dev']);
  });
});

describe('small text helpers', () => {
  it('normalizeText collapses whitespace, nbsp included, and makes blank null', () => {
    expect(normalizeText(' a \u00a0 b\n')).toBe('a b');
    expect(normalizeText('  ')).toBeNull();
    expect(normalizeText(null)).toBeNull();
  });

  it('httpsUrl keeps absolute https URLs only', () => {
    expect(httpsUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(httpsUrl('javascript:alert(1)')).toBeNull();
    expect(httpsUrl('http://example.com/')).toBeNull();
    expect(httpsUrl('https://user:pw@example.com/')).toBeNull();
    expect(httpsUrl('/relative')).toBeNull();
    expect(httpsUrl(42)).toBeNull();
  });
});
