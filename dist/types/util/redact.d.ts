export type Redact = (text: string) => string;
export declare function makeRedactor(secrets: Iterable<string>): Redact;
