export declare function tuneSharpForCaptures(): void;
