/** One parsed node: `{ [tagName]: XmlNode[], ':@'?: { '@_attr': string } }` or `{ '#text': string }`. */
export type XmlNode = Record<string, unknown>;
export declare const CDATA = "#cdata";
/** A decoded string and, when it used an entity we do not expand, that entity. */
export interface Decoded {
    value: string;
    unexpandedEntity: string | null;
}
export declare function tagOf(node: XmlNode): string | null;
export declare function localName(tag: string): string;
export declare function prefixOf(tag: string): string;
/** Child elements (not text, CDATA or processing instructions). */
export declare function elements(node: XmlNode): XmlNode[];
/**
 * Child elements with this local name. With `prefix`, those in the same
 * namespace prefix win (a sitemap <loc> over an extension's <image:loc>).
 */
export declare function childrenNamed(node: XmlNode, local: string, prefix?: string): XmlNode[];
/** Text content: entity-decoded text plus CDATA sections taken literally. */
export declare function textOf(node: XmlNode): Decoded;
/** An attribute by local name (href matches href and xlink:href), decoded. */
export declare function attributeOf(node: XmlNode, local: string): Decoded | null;
/**
 * The parser runs with processEntities off (no DTD entity can expand), so
 * the five predefined entities and character references are decoded here.
 * Anything else (a DTD-declared &lol;) stays literal and is reported.
 */
export declare function decodeEntities(raw: string): Decoded;
