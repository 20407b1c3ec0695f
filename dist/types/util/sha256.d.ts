export declare function sha256Hex(data: string | Uint8Array): string;
