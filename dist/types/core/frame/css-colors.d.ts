export declare const CSS_COLOR_NAMES: ReadonlyMap<string, string>;
