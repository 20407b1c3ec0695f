// Reading fast-xml-parser's preserveOrder output, which comes from untrusted
// input: every property read goes through Object.hasOwn (a <constructor> or
// <toString> element must not resolve to something inherited), and elements
// are matched by local name so <sm:url>, <url> under a default xmlns and
// friends all work.

/** One parsed node: `{ [tagName]: XmlNode[], ':@'?: { '@_attr': string } }` or `{ '#text': string }`. */
export type XmlNode = Record<string, unknown>;

const ATTRS = ':@';
const TEXT = '#text';
export const CDATA = '#cdata';
const ATTR_PREFIX = '@_';

/** A decoded string and, when it used an entity we do not expand, that entity. */
export interface Decoded {
  value: string;
  unexpandedEntity: string | null;
}

export function tagOf(node: XmlNode): string | null {
  for (const key of Object.keys(node)) if (key !== ATTRS) return key;
  return null;
}

export function localName(tag: string): string {
  return tag.slice(tag.indexOf(':') + 1);
}

export function prefixOf(tag: string): string {
  const colon = tag.indexOf(':');
  return colon < 0 ? '' : tag.slice(0, colon);
}

function rawChildren(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  if (tag === null || !Object.hasOwn(node, tag)) return [];
  const value = node[tag];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Child elements (not text, CDATA or processing instructions). */
export function elements(node: XmlNode): XmlNode[] {
  return rawChildren(node).filter((child) => {
    const tag = tagOf(child);
    return tag !== null && tag !== TEXT && tag !== CDATA && !tag.startsWith('?');
  });
}

/**
 * Child elements with this local name. With `prefix`, those in the same
 * namespace prefix win (a sitemap <loc> over an extension's <image:loc>).
 */
export function childrenNamed(node: XmlNode, local: string, prefix?: string): XmlNode[] {
  const named = elements(node).filter((child) => localName(tagOf(child) ?? '') === local);
  if (prefix === undefined) return named;
  const same = named.filter((child) => prefixOf(tagOf(child) ?? '') === prefix);
  return same.length > 0 ? same : named;
}

/** Text content: entity-decoded text plus CDATA sections taken literally. */
export function textOf(node: XmlNode): Decoded {
  let value = '';
  let unexpandedEntity: string | null = null;
  for (const child of rawChildren(node)) {
    if (Object.hasOwn(child, TEXT)) {
      const decoded = decodeEntities(String(child[TEXT]));
      value += decoded.value;
      unexpandedEntity ??= decoded.unexpandedEntity;
    } else if (Object.hasOwn(child, CDATA)) {
      const parts = child[CDATA];
      if (Array.isArray(parts)) {
        for (const part of parts) if (isNode(part) && Object.hasOwn(part, TEXT)) value += String(part[TEXT]);
      }
    }
  }
  return { value: value.trim(), unexpandedEntity };
}

/** An attribute by local name (href matches href and xlink:href), decoded. */
export function attributeOf(node: XmlNode, local: string): Decoded | null {
  if (!Object.hasOwn(node, ATTRS)) return null;
  const attrs = node[ATTRS];
  if (!isNode(attrs)) return null;
  for (const key of Object.keys(attrs)) {
    if (key.startsWith(ATTR_PREFIX) && localName(key.slice(ATTR_PREFIX.length)) === local) {
      const decoded = decodeEntities(String(attrs[key]));
      return { value: decoded.value.trim(), unexpandedEntity: decoded.unexpandedEntity };
    }
  }
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_][\w.-]{0,63});/g;

/**
 * The parser runs with processEntities off (no DTD entity can expand), so
 * the five predefined entities and character references are decoded here.
 * Anything else (a DTD-declared &lol;) stays literal and is reported.
 */
export function decodeEntities(raw: string): Decoded {
  if (!raw.includes('&')) return { value: raw, unexpandedEntity: null };
  let unexpandedEntity: string | null = null;
  const value = raw.replace(ENTITY, (match, name: string) => {
    if (name.startsWith('#')) {
      const hex = name[1] === 'x' || name[1] === 'X';
      const code = Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) return String.fromCodePoint(code);
      unexpandedEntity ??= match;
      return match;
    }
    if (Object.hasOwn(NAMED, name)) return NAMED[name] as string;
    unexpandedEntity ??= match;
    return match;
  });
  return { value, unexpandedEntity };
}
