export interface Prolog {
    /** Qualified name of the root element, or null when there is none. */
    root: string | null;
    doctypeName: string | null;
    declaresEntities: boolean;
    /** The text with its DOCTYPE removed. */
    text: string;
}
export declare function readProlog(input: string): Prolog;
