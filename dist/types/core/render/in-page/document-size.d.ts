export interface DocumentSize {
    width: number;
    height: number;
}
/** The largest of the body's and the root's scroll, offset and client sizes, CSS px; null before there is a body. */
export declare function documentSize(): DocumentSize | null;
