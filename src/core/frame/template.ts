// The small language frame data is written in, so a new frame is a data file
// and never a branch in the compositor.
//
// A template is text with `{{ expression }}` holes. An expression is a number,
// a name, + - * / with parentheses, or a call of min, max, round, floor, ceil.
// Names resolve lazily through a Scope: a frame's `vars` may depend on text
// widths and text widths on `vars`; a cycle is reported, not looped on.

import { escapeHtml } from '../../util/escape-html.ts';

export type Value = number | string;

export type Expr =
  | { op: 'num'; value: number }
  | { op: 'name'; name: string }
  | { op: 'neg'; arg: Expr }
  | { op: 'bin'; fn: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { op: 'call'; fn: FunctionName; args: Expr[] };

type FunctionName = keyof typeof FUNCTIONS;

const FUNCTIONS = {
  min: (a: number[]) => Math.min(...a),
  max: (a: number[]) => Math.max(...a),
  round: (a: number[]) => Math.round(a[0]!),
  floor: (a: number[]) => Math.floor(a[0]!),
  ceil: (a: number[]) => Math.ceil(a[0]!),
} satisfies Record<string, (args: number[]) => number>;

const ARITY: Record<FunctionName, [number, number]> = { min: [1, 99], max: [1, 99], round: [1, 1], floor: [1, 1], ceil: [1, 1] };

export class TemplateError extends Error {}

export function parseExpr(source: string): Expr {
  const tokens = source.match(/\d*\.\d+|\d+|[A-Za-z_][A-Za-z0-9_]*|[-+*/(),]|\S/g) ?? [];
  let pos = 0;
  const peek = (): string | undefined => tokens[pos];
  const fail = (why: string): never => {
    throw new TemplateError(`bad expression "${source}": ${why}`);
  };
  const expect = (t: string): void => {
    if (tokens[pos] !== t) fail(`expected "${t}"${tokens[pos] ? ` before "${tokens[pos]}"` : ' at the end'}`);
    pos++;
  };
  const sum = (): Expr => {
    let left = product();
    while (peek() === '+' || peek() === '-') {
      const fn = tokens[pos++] as '+' | '-';
      left = { op: 'bin', fn, left, right: product() };
    }
    return left;
  };
  const product = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') {
      const fn = tokens[pos++] as '*' | '/';
      left = { op: 'bin', fn, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => {
    if (peek() === '-') {
      pos++;
      return { op: 'neg', arg: unary() };
    }
    return primary();
  };
  const primary = (): Expr => {
    const t = tokens[pos++];
    if (t === undefined) return fail('unexpected end');
    if (t === '(') {
      const inner = sum();
      expect(')');
      return inner;
    }
    if (/^(\d|\.\d)/.test(t)) return { op: 'num', value: Number(t) };
    if (!/^[A-Za-z_]/.test(t)) return fail(`unexpected "${t}"`);
    if (peek() !== '(') return { op: 'name', name: t };
    if (!Object.hasOwn(FUNCTIONS, t)) return fail(`unknown function ${t}() (known: ${Object.keys(FUNCTIONS).join(', ')})`);
    pos++;
    const args: Expr[] = [];
    if (peek() !== ')') {
      args.push(sum());
      while (peek() === ',') {
        pos++;
        args.push(sum());
      }
    }
    expect(')');
    const fn = t as FunctionName;
    const [lo, hi] = ARITY[fn];
    if (args.length < lo || args.length > hi) fail(`${fn}() takes ${lo === hi ? lo : `${lo} or more`} argument${hi === 1 ? '' : 's'}`);
    return { op: 'call', fn, args };
  };
  const expr = sum();
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]}"`);
  return expr;
}

/** Every name an expression reads. */
export function namesIn(expr: Expr, into = new Set<string>()): Set<string> {
  switch (expr.op) {
    case 'num':
      break;
    case 'name':
      into.add(expr.name);
      break;
    case 'neg':
      namesIn(expr.arg, into);
      break;
    case 'bin':
      namesIn(expr.left, into);
      namesIn(expr.right, into);
      break;
    case 'call':
      for (const a of expr.args) namesIn(a, into);
      break;
  }
  return into;
}

/** Resolves names to values; implementations memoize and detect cycles. */
export interface Scope {
  get(name: string): Value;
}

export function evaluate(expr: Expr, scope: Scope): Value {
  switch (expr.op) {
    case 'num':
      return expr.value;
    case 'name':
      return scope.get(expr.name);
    case 'neg':
      return -numeric(evaluate(expr.arg, scope), expr);
    case 'bin': {
      const a = numeric(evaluate(expr.left, scope), expr.left);
      const b = numeric(evaluate(expr.right, scope), expr.right);
      if (expr.fn === '+') return a + b;
      if (expr.fn === '-') return a - b;
      if (expr.fn === '*') return a * b;
      return b === 0 ? 0 : a / b;
    }
    case 'call':
      return FUNCTIONS[expr.fn](expr.args.map((a) => numeric(evaluate(a, scope), a)));
  }
}

function numeric(v: Value, expr: Expr): number {
  if (typeof v === 'number') return v;
  throw new TemplateError(`"${expr.op === 'name' ? expr.name : 'a text value'}" is text; arithmetic needs a number`);
}

export interface Template {
  /** Literal text and holes, alternating; starts and ends with literal text. */
  parts: string[];
  holes: Expr[];
  names: Set<string>;
}

export function compileTemplate(source: string): Template {
  const parts: string[] = [];
  const holes: Expr[] = [];
  const names = new Set<string>();
  let last = 0;
  for (const m of source.matchAll(/\{\{([^{}]*)\}\}/g)) {
    parts.push(source.slice(last, m.index));
    const expr = parseExpr(m[1] ?? '');
    holes.push(expr);
    namesIn(expr, names);
    last = m.index + m[0].length;
  }
  parts.push(source.slice(last));
  return { parts, holes, names };
}

/** Fill the holes; text values are XML-escaped (templates are SVG), numbers rounded to 3 decimals. */
export function fillTemplate(t: Template, scope: Scope): string {
  let out = t.parts[0] ?? '';
  for (let i = 0; i < t.holes.length; i++) {
    const v = evaluate(t.holes[i]!, scope);
    out += typeof v === 'number' ? formatNumber(v) : escapeXml(v);
    out += t.parts[i + 1] ?? '';
  }
  return out;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  return String(Math.round(n * 1000) / 1000);
}

/** Escapes for both text and attribute values, and drops characters XML 1.0 forbids (a page title may hold them). */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/**
 * A Scope over lazily computed definitions: each name is computed once, on
 * first use; reading a name while it is being computed is a cycle.
 */
export class LazyScope implements Scope {
  private readonly values = new Map<string, Value>();
  private readonly busy = new Set<string>();

  constructor(private readonly define: (name: string, scope: Scope) => Value | undefined) {}

  get(name: string): Value {
    const known = this.values.get(name);
    if (known !== undefined) return known;
    if (this.busy.has(name)) throw new TemplateError(`"${name}" depends on itself`);
    this.busy.add(name);
    try {
      const v = this.define(name, this);
      if (v === undefined) throw new TemplateError(`unknown name "${name}"`);
      this.values.set(name, v);
      return v;
    } finally {
      this.busy.delete(name);
    }
  }
}
