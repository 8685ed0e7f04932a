/**
 * Nuxt 2 writes a page's server state into the page as a script, which pyvet
 * reads as data without running it (a saved page has no live
 * `window.__NUXT__`). Seen on Upwork profiles, 2026-06:
 *
 *   window.__NUXT__=(function(a,b,…){L.name="Newest";aT[0]={…};return {…}}(null,false,…));
 *
 * that is a function whose parameters stand for repeated values, a few member
 * assignments to them, and the state object it returns. Without repeated
 * values Nuxt writes the object literal alone. This is a parser for that
 * subset of JavaScript only: literals, the parameters, member assignments
 * before the return, `void 0`, `Array(n)`, `Object.create(null)` and
 * `new Date(…)`. Anything else (a call, an operator, a regular expression)
 * makes the whole script unreadable: null, never a guess.
 */

const STATE_ASSIGNMENT = /^\s*window\.__NUXT__\s*=\s*/;
/** The real state is 60–100 kB; a far larger script is not one to walk. */
const MAX_SCRIPT_LENGTH = 5_000_000;
const MAX_NESTING = 200;
const MAX_ARRAY_LENGTH = 100_000;

/** Hexadecimal digits of a \x or \u escape. */
const HEX_DIGITS = /^[\da-fA-F]+$/;

class UnreadableScript extends Error {}

type Scope = ReadonlyMap<string, unknown>;
const NO_NAMES: Scope = new Map();

/** The state a Nuxt state script holds, or null when the script is not one pyvet can read. */
export function parseNuxtStateScript(script: string): unknown {
  const start = STATE_ASSIGNMENT.exec(script);
  if (!start || script.length > MAX_SCRIPT_LENGTH) return null;
  try {
    return new NuxtScriptReader(script, start[0].length).state();
  } catch (error) {
    if (error instanceof UnreadableScript) return null;
    throw error;
  }
}

/** The state in the document's inline `window.__NUXT__=…` script, or null when there is none it can read. */
export function readNuxtState(document: Document): unknown {
  for (const script of document.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (STATE_ASSIGNMENT.test(text)) return parseNuxtStateScript(text);
  }
  return null;
}

const IDENTIFIER = /[A-Za-z_$][\w$]*/y;
const NUMBER = /-?(?:0[xX][\da-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', 0: '\0' };

class NuxtScriptReader {
  private at: number;
  private nesting = 0;

  constructor(
    private readonly source: string,
    start: number,
  ) {
    this.at = start;
  }

  state(): unknown {
    this.skipSpace();
    const state = this.peek() === '(' ? this.functionCall() : this.value(NO_NAMES);
    this.skip(';');
    this.skipSpace();
    if (this.at !== this.source.length) this.fail('text after the state');
    return state;
  }

  /** `(function(a,b){…}(x,y))` or `(function(a,b){…})(x,y)`. */
  private functionCall(): unknown {
    this.expect('(');
    this.expectWord('function');
    this.expect('(');
    const names: string[] = [];
    while (!this.skip(')')) {
      if (names.length > 0) this.expect(',');
      names.push(this.identifier());
    }
    this.expect('{');
    const bodyStart = this.at;
    this.skipBody();
    const calledInside = !this.skip(')');
    const args = this.argumentList();
    if (calledInside) this.expect(')');
    const after = this.at;

    const scope = new Map<string, unknown>(names.map((name, index) => [name, args[index]]));
    this.at = bodyStart;
    const state = this.body(scope);
    this.at = after;
    return state;
  }

  private argumentList(): unknown[] {
    this.expect('(');
    const args: unknown[] = [];
    while (!this.skip(')')) {
      if (args.length > 0) this.expect(',');
      args.push(this.value(NO_NAMES));
    }
    return args;
  }

  /** Moves past the body's closing brace, stepping over strings; the body is read once the arguments are known. */
  private skipBody(): void {
    let depth = 1;
    while (depth > 0) {
      const char = this.source[this.at];
      if (char === undefined) this.fail('unterminated function body');
      if (char === '"' || char === "'") {
        this.string();
        continue;
      }
      this.at++;
      if (char === '{') depth++;
      else if (char === '}') depth--;
    }
  }

  /** `x.y=…;x[0]=…;return {…}}`: the assignments run on the parameters' values, then the returned value. */
  private body(scope: Scope): unknown {
    for (;;) {
      const word = this.identifier();
      if (word === 'return') {
        const value = this.value(scope);
        this.skip(';');
        this.expect('}');
        return value;
      }
      this.assignment(word, scope);
      this.skip(';');
    }
  }

  private assignment(name: string, scope: Scope): void {
    if (!scope.has(name)) this.fail(`unknown name ${name}`);
    let target = scope.get(name);
    let key = this.memberKey();
    while (!this.skip('=')) {
      target = this.member(target, key);
      key = this.memberKey();
    }
    const value = this.value(scope);
    if (typeof target !== 'object' || target === null) this.fail('assignment to a non-object');
    (target as Record<string, unknown>)[key] = value;
  }

  private member(target: unknown, key: string): unknown {
    if (typeof target !== 'object' || target === null || !Object.hasOwn(target, key)) this.fail('unknown member');
    return (target as Record<string, unknown>)[key];
  }

  /** `.name`, `[0]` or `["name"]`. */
  private memberKey(): string {
    if (this.skip('.')) return this.safeKey(this.identifier());
    this.expect('[');
    this.skipSpace();
    const key = this.peek() === '"' || this.peek() === "'" ? this.string() : String(this.number());
    this.expect(']');
    return this.safeKey(key);
  }

  /** `__proto__` would set an object's prototype instead of a member. */
  private safeKey(key: string): string {
    if (key === '__proto__') this.fail('__proto__');
    return key;
  }

  private value(scope: Scope): unknown {
    if (++this.nesting > MAX_NESTING) this.fail('nested too deep');
    try {
      this.skipSpace();
      const next = this.peek();
      if (next === '{') return this.object(scope);
      if (next === '[') return this.array(scope);
      if (next === '"' || next === "'") return this.string();
      if (next === '-' || next === '.' || (next >= '0' && next <= '9')) return this.number();
      return this.named(this.identifier(), scope);
    } finally {
      this.nesting--;
    }
  }

  /** A keyword, a parameter, or one of the few built-ins Nuxt writes values with. */
  private named(word: string, scope: Scope): unknown {
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (word === 'void') {
      this.number();
      return undefined;
    }
    if (word === 'new') {
      this.expectWord('Date');
      const [time] = this.argumentList();
      const date = new Date(time as string | number);
      if ((typeof time !== 'string' && typeof time !== 'number') || Number.isNaN(date.getTime())) this.fail('not a date');
      return date.toISOString();
    }
    // Parameters shadow the built-ins, as in JavaScript.
    if (scope.has(word)) return scope.get(word);
    if (word === 'undefined') return undefined;
    if (word === 'Infinity') return Infinity;
    if (word === 'NaN') return NaN;
    if (word === 'Array') {
      const [length] = this.argumentList();
      if (typeof length !== 'number' || !Number.isInteger(length) || length < 0 || length > MAX_ARRAY_LENGTH) this.fail('array length');
      return new Array(length);
    }
    if (word === 'Object') {
      this.expect('.');
      this.expectWord('create');
      const [prototype] = this.argumentList();
      if (prototype !== null) this.fail('Object.create with a prototype');
      return {};
    }
    return this.fail(`unknown name ${word}`);
  }

  private object(scope: Scope): Record<string, unknown> {
    this.expect('{');
    const object: Record<string, unknown> = {};
    while (!this.skip('}')) {
      this.skipSpace();
      const next = this.peek();
      const key = next === '"' || next === "'" ? this.string() : next >= '0' && next <= '9' ? String(this.number()) : this.identifier();
      this.expect(':');
      object[this.safeKey(key)] = this.value(scope);
      if (!this.skip(',')) {
        this.expect('}');
        break;
      }
    }
    return object;
  }

  private array(scope: Scope): unknown[] {
    this.expect('[');
    const array: unknown[] = [];
    while (!this.skip(']')) {
      array.push(this.value(scope));
      if (!this.skip(',')) {
        this.expect(']');
        break;
      }
    }
    return array;
  }

  private string(): string {
    const quote = this.source[this.at++];
    let text = '';
    for (;;) {
      const char = this.source[this.at++];
      if (char === undefined || char === '\n' || char === '\r') return this.fail('unterminated string');
      if (char === quote) return text;
      if (char !== '\\') {
        text += char;
        continue;
      }
      const escaped = this.source[this.at++] ?? this.fail('unterminated string');
      if (escaped === 'u') text += this.unicodeEscape();
      else if (escaped === 'x') text += String.fromCharCode(this.hex(2));
      else if (escaped === '\n') continue; // a line continuation
      else text += SIMPLE_ESCAPES[escaped] ?? escaped;
    }
  }

  private unicodeEscape(): string {
    if (this.source[this.at] !== '{') return String.fromCharCode(this.hex(4));
    const end = this.source.indexOf('}', this.at);
    const code = end > this.at + 1 ? Number.parseInt(this.source.slice(this.at + 1, end), 16) : NaN;
    if (!/^[\da-fA-F]+$/.test(this.source.slice(this.at + 1, end)) || !(code <= 0x10ffff)) this.fail('bad escape');
    this.at = end + 1;
    return String.fromCodePoint(code);
  }

  private hex(digits: number): number {
    const text = this.source.slice(this.at, this.at + digits);
    // Nuxt escapes every "/" this way, so the check is a plain pattern, not a new RegExp per escape.
    if (text.length !== digits || !HEX_DIGITS.test(text)) this.fail('bad escape');
    this.at += digits;
    return Number.parseInt(text, 16);
  }

  private number(): number {
    this.skipSpace();
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.source);
    if (!match) return this.fail('expected a number');
    this.at += match[0].length;
    const negative = match[0].startsWith('-');
    const digits = negative ? match[0].slice(1) : match[0];
    // Number("0x1f") reads hex; a leading "-" has to be applied apart.
    const value = Number(digits);
    return negative ? -value : value;
  }

  private identifier(): string {
    this.skipSpace();
    IDENTIFIER.lastIndex = this.at;
    const match = IDENTIFIER.exec(this.source);
    if (!match) return this.fail('expected a name');
    this.at += match[0].length;
    return match[0];
  }

  private expectWord(word: string): void {
    if (this.identifier() !== word) this.fail(`expected ${word}`);
  }

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  private skipSpace(): void {
    while (this.at < this.source.length && /\s/.test(this.source[this.at]!)) this.at++;
  }

  /** Steps over `text` when it comes next (after any spaces). */
  private skip(text: string): boolean {
    this.skipSpace();
    if (!this.source.startsWith(text, this.at)) return false;
    this.at += text.length;
    return true;
  }

  private expect(text: string): void {
    if (!this.skip(text)) this.fail(`expected ${text}`);
  }

  private fail(reason: string): never {
    throw new UnreadableScript(`${reason} at ${this.at}`);
  }
}
