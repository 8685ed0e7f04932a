import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { parseNuxtStateScript, readNuxtState } from '@/lib/readers/upwork/nuxt-script';
import { parseHtml, readOwnFixture } from '../../support/fixtures';

/** What the script sets `window.__NUXT__` to when a JavaScript engine runs it: the oracle, run here in a bare VM context only. */
function evaluated(script: string): unknown {
  const context: { window: { __NUXT__?: unknown } } = { window: {} };
  vm.runInNewContext(script, context, { timeout: 2000 });
  return context.window.__NUXT__;
}

const stateScriptOf = (html: string) => /<script>(window\.__NUXT__=[\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('parseNuxtStateScript on the synthetic Upwork pages', () => {
  it.each(['upwork-profile.html', 'upwork-profile-github-in-overview.html'])(
    '%s: the same state a JavaScript engine gets by running the script',
    (file) => {
      const script = stateScriptOf(readOwnFixture(`marketplace-pages/${file}`));
      expect(script).not.toBe('');
      const parsed = parseNuxtStateScript(script);
      expect(parsed).toEqual(evaluated(script));
      expect(parsed).toHaveProperty('state.profileViewer.profile.profile.skills.0.prettyName', 'Python');
    },
  );

  it('runs the assignments before the return on the shared parameter values', () => {
    const script = stateScriptOf(readOwnFixture('marketplace-pages/upwork-profile-github-in-overview.html'));
    interface Viewer {
      workHistory: { sortBy: unknown };
      profile: { portfolios: { projectUrl: string | null }[]; stats: { nSS100BwScore: number }; profile: { portrait?: unknown } };
    }
    const viewer = (parseNuxtStateScript(script) as { state: { profileViewer: Viewer } }).state.profileViewer;
    expect(viewer.profile.portfolios).toHaveLength(2);
    expect(viewer.profile.portfolios[0]?.projectUrl).toBe('https://github.com/tw-data/etl-kit');
    expect(viewer.workHistory.sortBy).toEqual({ name: 'Newest', asNumber: 1 });
    expect(viewer.profile.stats.nSS100BwScore).toBe(0.92);
    expect(viewer.profile.profile.portrait).toBeUndefined();
  });
});

describe('parseNuxtStateScript: the subset of JavaScript Nuxt writes', () => {
  it.each([
    ['a plain object literal', 'window.__NUXT__={a:1,"b":[true,false,null],c:{}}', { a: 1, b: [true, false, null], c: {} }],
    ['a call after the parenthesised function', 'window.__NUXT__=(function(a,b){return {x:a,y:b}})(1,"two");', { x: 1, y: 'two' }],
    ['numbers as JavaScript writes them', 'window.__NUXT__={a:.5,b:-3,c:1e3,d:0x1f,e:-.25}', { a: 0.5, b: -3, c: 1000, d: 31, e: -0.25 }],
    ['escapes and single quotes', String.raw`window.__NUXT__={a:"x\u002Fy\n\"q\"",b:'it\'s',c:"\x41\u{1F600}"}`, { a: 'x/y\n"q"', b: "it's", c: 'A😀' }],
    ['void 0, undefined, Array(n), Object.create(null)', 'window.__NUXT__={a:void 0,b:undefined,c:Array(2),d:Object.create(null)}', { a: undefined, b: undefined, c: [undefined, undefined], d: {} }],
    ['keys that are words JavaScript reserves, numbers or strings', 'window.__NUXT__={default:1,new:2,1:3,"a b":4}', { default: 1, new: 2, 1: 3, 'a b': 4 }],
    ['a parameter named like a built-in', 'window.__NUXT__=(function(Array,NaN){return {a:Array,b:NaN}}("x",5))', { a: 'x', b: 5 }],
    ['member assignments by name, index and string', 'window.__NUXT__=(function(a,b){a.x=1;b[1]="y";a["z w"]=b;return {a:a}}({},Array(2)))', { a: { x: 1, 'z w': [undefined, 'y'], } }],
    ['a nested assignment target', 'window.__NUXT__=(function(a){a.b.c=2;return a}({b:{}}))', { b: { c: 2 } }],
    ['spaces and line breaks between tokens', 'window.__NUXT__ = ( function ( a ) {\n return { x : a } \n} ( 1 ) ) ;\n', { x: 1 }],
  ])('reads %s', (_case, script, state) => {
    expect(parseNuxtStateScript(script)).toEqual(state);
    expect(parseNuxtStateScript(script)).toEqual(evaluated(script));
  });

  it('reads a date as its ISO text', () => {
    expect(parseNuxtStateScript('window.__NUXT__={at:new Date(0),on:new Date("2024-05-03T05:10:02.340Z")}')).toEqual({
      at: '1970-01-01T00:00:00.000Z',
      on: '2024-05-03T05:10:02.340Z',
    });
  });

  it('keeps one object for one parameter, as the engine does', () => {
    const state = parseNuxtStateScript('window.__NUXT__=(function(a){return {x:a,y:a}}({n:1}))') as { x: object; y: object };
    expect(state.x).toBe(state.y);
  });
});

describe('parseNuxtStateScript refuses anything but data, and runs nothing', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).pwned;
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it.each([
    ['a call in an argument', 'window.__NUXT__=(function(a){return {x:a}}(globalThis.pwned=1))'],
    ['a call in the state', 'window.__NUXT__={x:alert(1)}'],
    ['a global read', 'window.__NUXT__={x:document.cookie}'],
    ['an unknown name', 'window.__NUXT__=(function(a){return {x:b}}(1))'],
    ['an operator', 'window.__NUXT__={x:1+1}'],
    ['a statement after the state', 'window.__NUXT__={x:1};globalThis.pwned=1'],
    ['a getter', 'window.__NUXT__={get x(){return 1}}'],
    ['a function value', 'window.__NUXT__={x:function(){}}'],
    ['a regular expression', 'window.__NUXT__={x:/a/g}'],
    ['a template literal', 'window.__NUXT__={x:`a${1}`}'],
    ['a Map', 'window.__NUXT__={x:new Map([[1,2]])}'],
    ['a statement that is no assignment', 'window.__NUXT__=(function(a){alert(a);return {}}(1))'],
    ['an assignment to an unknown name', 'window.__NUXT__=(function(a){b.x=1;return {}}(1))'],
    ['an assignment into a value that is no object', 'window.__NUXT__=(function(a){a.x=1;return {}}(1))'],
    ['a __proto__ key', 'window.__NUXT__={__proto__:{polluted:1}}'],
    ['a __proto__ assignment', 'window.__NUXT__=(function(a){a.__proto__.polluted=1;return a}({}))'],
    ['an invalid date', 'window.__NUXT__={at:new Date("soon")}'],
    ['a huge array', 'window.__NUXT__={x:Array(1e9)}'],
    ['an unterminated string', 'window.__NUXT__={x:"abc}'],
    ['a line break in a string', 'window.__NUXT__={x:"a\nb"}'],
    ['a cut-off script', 'window.__NUXT__=(function(a){return {x:a}'],
    ['another variable', 'window.__OTHER__={x:1}'],
  ])('%s', (_case, script) => {
    expect(parseNuxtStateScript(script)).toBeNull();
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives up on state nested deeper than any real page, without overflowing the stack', () => {
    const nested = (depth: number) => `window.__NUXT__=${'{a:'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(parseNuxtStateScript(nested(100_000))).toBeNull();
    expect(parseNuxtStateScript(nested(150))).toEqual(evaluated(nested(150)));
  });
});

describe('readNuxtState', () => {
  it('reads the inline state script and leaves other scripts alone', () => {
    const document = parseHtml(`<body><script src="/nuxt.js"></script><script>window.dataLayer=[]</script>
      <script>window.__NUXT__={state:{n:1}}</script></body>`);
    expect(readNuxtState(document)).toEqual({ state: { n: 1 } });
  });

  it('is null for a page without one, or with one it cannot read', () => {
    expect(readNuxtState(parseHtml('<p>window.__NUXT__={a:1}</p>'))).toBeNull();
    expect(readNuxtState(parseHtml('<script>window.__NUXT__=eval("x")</script>'))).toBeNull();
  });
});
