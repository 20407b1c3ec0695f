/** The font stack frame templates use: the shipped Inter first, so text looks the same on every machine. */
export declare const FRAME_FONT = "Inter, Liberation Sans, Arial, Helvetica, sans-serif";
/** Estimated rendered width in CSS px. */
export declare function textWidth(text: string, fontSize: number): number;
/** The text, or its longest prefix plus "…" that fits in maxWidth CSS px. */
export declare function fitText(text: string, maxWidth: number, fontSize: number): string;
/**
 * How a browser's address bar shows a URL: no scheme, no credentials, no lone
 * trailing slash, readable Unicode host and path. Anything unparsable is shown as given.
 */
export declare function displayUrl(url: string): {
    text: string;
    secure: boolean;
};
