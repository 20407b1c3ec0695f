export type Value = number | string;
export type Expr = {
    op: 'num';
    value: number;
} | {
    op: 'name';
    name: string;
} | {
    op: 'neg';
    arg: Expr;
} | {
    op: 'bin';
    fn: '+' | '-' | '*' | '/';
    left: Expr;
    right: Expr;
} | {
    op: 'call';
    fn: FunctionName;
    args: Expr[];
};
type FunctionName = keyof typeof FUNCTIONS;
declare const FUNCTIONS: {
    min: (a: number[]) => number;
    max: (a: number[]) => number;
    round: (a: number[]) => number;
    floor: (a: number[]) => number;
    ceil: (a: number[]) => number;
};
export declare class TemplateError extends Error {
}
export declare function parseExpr(source: string): Expr;
/** Every name an expression reads. */
export declare function namesIn(expr: Expr, into?: Set<string>): Set<string>;
/** Resolves names to values; implementations memoize and detect cycles. */
export interface Scope {
    get(name: string): Value;
}
export declare function evaluate(expr: Expr, scope: Scope): Value;
export interface Template {
    /** Literal text and holes, alternating; starts and ends with literal text. */
    parts: string[];
    holes: Expr[];
    names: Set<string>;
}
export declare function compileTemplate(source: string): Template;
/** Fill the holes; text values are XML-escaped (templates are SVG), numbers rounded to 3 decimals. */
export declare function fillTemplate(t: Template, scope: Scope): string;
export declare function formatNumber(n: number): string;
/** Escapes for both text and attribute values, and drops characters XML 1.0 forbids (a page title may hold them). */
export declare function escapeXml(text: string): string;
/**
 * A Scope over lazily computed definitions: each name is computed once, on
 * first use; reading a name while it is being computed is a cycle.
 */
export declare class LazyScope implements Scope {
    private readonly define;
    private readonly values;
    private readonly busy;
    constructor(define: (name: string, scope: Scope) => Value | undefined);
    get(name: string): Value;
}
export {};
