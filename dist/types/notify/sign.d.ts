/**
 * The HMAC key of a secret. `whsec_<base64>` (the Standard Webhooks form)
 * is the base64-decoded bytes; any other string is its own UTF-8 bytes, so
 * a password-style secret works too (receivers then pass those bytes to
 * their verifier as a raw key; docs/webhooks.md shows how).
 */
export declare function webhookKey(secret: string): Buffer;
/** `v1,<base64 signature>` for one attempt: the timestamp is the one sent in that attempt's header. */
export declare function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string;
export declare function signWithKey(key: Buffer, id: string, timestampSeconds: number, body: string): string;
/** A fresh `msg_<ULID>`: sortable by time, the same on every retry of one event. */
export declare function newWebhookId(now?: number): string;
