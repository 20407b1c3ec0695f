export interface FontSample {
    name: string;
    sample: string;
    /** Drawn in colour (emoji): a monochrome fallback counts as missing. */
    colour?: boolean;
}
/**
 * Names of the scripts drawn with no ink, or exactly as a private-use
 * character (tofu) is, or in monochrome where colour is expected.
 */
export declare function missingScripts(scripts: readonly FontSample[]): string[];
