/** Pure-JS CRC-32; exported so tests can check it against the native one. */
export declare function crc32Js(data: Uint8Array, previous?: number): number;
export declare const crc32: (data: Uint8Array) => number;
