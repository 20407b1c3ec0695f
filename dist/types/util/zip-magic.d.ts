/** True when the file starts like a ZIP: a local file header, or the end record of an empty archive. */
export declare function startsLikeZip(path: string): Promise<boolean>;
