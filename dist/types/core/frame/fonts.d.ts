export declare const FONTS_FOLDER = "fonts";
/** Make the .ttf/.otf files in <framesDir>/fonts/ available to SVG text; once per folder per process. Returns the files. */
export declare function registerFrameFonts(framesDir: string): Promise<string[]>;
