// XML sitemaps and feeds: <urlset>, <sitemapindex>, RSS 2.0 / RDF, Atom.
// The text is untrusted: the DOCTYPE is removed before parsing, entities are
// never expanded by the parser, reserved JS names are renamed, nesting is
// capped, and a file that stops early keeps its complete entries.

import { XMLParser } from 'fast-xml-parser';
import type { DiscoveryWarn } from '../types.ts';
import type { RawEntry, SitemapDoc } from './document.ts';
import { readProlog } from './xml-prolog.ts';
import { CDATA, attributeOf, childrenNamed, localName, prefixOf, tagOf, textOf } from './xml-tree.ts';
import type { Decoded, XmlNode } from './xml-tree.ts';

type Format = 'urlset' | 'sitemapindex' | 'rss' | 'atom';

/** Root local name → format and the element that holds one entry. */
const ROOTS: Record<string, { format: Format; entry: string }> = {
  urlset: { format: 'urlset', entry: 'url' },
  sitemapindex: { format: 'sitemapindex', entry: 'sitemap' },
  rss: { format: 'rss', entry: 'item' },
  RDF: { format: 'rss', entry: 'item' },
  feed: { format: 'atom', entry: 'entry' },
};

// fast-xml-parser throws on these names; renaming keeps one odd element
// from failing the whole file.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  cdataPropName: CDATA,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 100,
  strictReservedNames: true,
  // No callback reads the path; skipping it saves a string per tag.
  jPath: false,
  // Atom XHTML content can nest arbitrarily; we never read it.
  stopNodes: ['*.content', '*.summary'],
  transformTagName: (name: string) => (RESERVED.has(name) ? `${name}_` : name),
});

export function parseXml(input: string, where: string, warn: DiscoveryWarn, cutShort: boolean): SitemapDoc {
  const { root, doctypeName, declaresEntities, text } = readProlog(input);
  if (doctypeName?.toLowerCase() === 'html' || root?.toLowerCase() === 'html') {
    return { kind: 'not-sitemap', looksLike: 'looks like HTML' };
  }
  if (root === null) return { kind: 'not-sitemap', looksLike: 'no root element found' };
  const known = Object.hasOwn(ROOTS, localName(root)) ? ROOTS[localName(root)] : undefined;
  if (!known) return { kind: 'not-sitemap', looksLike: `XML with root element <${root}>` };
  if (declaresEntities) {
    warn(`${where} declares entities in a DOCTYPE; they are not expanded, and entries that use them are skipped`);
  }

  let body = text;
  if (cutShort || !hasClosingTag(text, root)) {
    body = text.slice(0, lastEntryEnd(text, known.entry));
    if (!cutShort) warn(`${where} is incomplete (no closing </${root}>); kept the complete <${known.entry}> entries`);
  }
  const nodes = parse(body, () => text.slice(0, lastEntryEnd(text, known.entry)), where, warn);
  if ('error' in nodes) return { kind: 'not-sitemap', looksLike: `it is not well-formed XML: ${nodes.error}` };
  const rootNode = nodes.find((node) => {
    const tag = tagOf(node);
    return tag !== null && localName(tag) === localName(root);
  });
  const entries = rootNode ? extract(known.format, rootNode) : [];
  return { kind: known.format === 'sitemapindex' ? 'index' : 'pages', entries };
}

/** Parses; on a syntax error retries once on the text up to the last complete entry. */
function parse(body: string, fallback: () => string, where: string, warn: DiscoveryWarn): XmlNode[] | { error: string } {
  try {
    return parser.parse(body) as XmlNode[];
  } catch (first) {
    const error = first instanceof Error ? first.message : String(first);
    const shorter = fallback();
    if (shorter.length >= body.length) return { error };
    try {
      const nodes = parser.parse(shorter) as XmlNode[];
      warn(`${where} has an XML error (${error}); kept the complete entries before it`, 'incomplete');
      return nodes;
    } catch {
      return { error };
    }
  }
}

function hasClosingTag(text: string, root: string): boolean {
  const at = text.lastIndexOf(`</${root}`);
  return at >= 0 && /^\s*>/.test(text.slice(at + 2 + root.length, at + root.length + 64));
}

/** Index just past the last `</entry>` (any prefix), or 0 when there is none. */
function lastEntryEnd(text: string, entry: string): number {
  const closing = new RegExp(`^</(?:[\\w.-]+:)?${entry}\\s*>`);
  for (let at = text.lastIndexOf('</'); at >= 0; at = at === 0 ? -1 : text.lastIndexOf('</', at - 1)) {
    const match = closing.exec(text.slice(at, at + entry.length + 128));
    if (match) return at + match[0].length;
  }
  return 0;
}

function extract(format: Format, root: XmlNode): RawEntry[] {
  const prefix = prefixOf(tagOf(root) ?? '');
  switch (format) {
    case 'urlset':
      return childrenNamed(root, 'url', prefix).map((node) => sitemapEntry(node));
    case 'sitemapindex':
      return childrenNamed(root, 'sitemap', prefix).map((node) => sitemapEntry(node));
    case 'rss': {
      const items = [root, ...childrenNamed(root, 'channel')].flatMap((parent) => childrenNamed(parent, 'item'));
      return items.map(rssEntry);
    }
    case 'atom':
      return childrenNamed(root, 'entry', prefix).map(atomEntry);
  }
}

function first(node: XmlNode, local: string): Decoded | null {
  const child = childrenNamed(node, local, prefixOf(tagOf(node) ?? ''))[0];
  return child ? textOf(child) : null;
}

function entry(loc: Decoded | null, lastmod: string | null, missing: string): RawEntry {
  if (!loc || loc.value === '') return { loc: '', lastmod, problem: missing };
  const problem = loc.unexpandedEntity ? `uses the entity ${loc.unexpandedEntity}, which is not expanded` : null;
  return { loc: loc.value, lastmod, problem };
}

function sitemapEntry(node: XmlNode): RawEntry {
  return entry(first(node, 'loc'), first(node, 'lastmod')?.value ?? null, 'has no <loc>');
}

function rssEntry(item: XmlNode): RawEntry {
  const prefix = prefixOf(tagOf(item) ?? '');
  // An <atom:link/> inside an item has no text; the first non-empty <link> is the page.
  let loc = childrenNamed(item, 'link', prefix).map(textOf).find((link) => link.value !== '') ?? null;
  if (!loc) {
    const guid = childrenNamed(item, 'guid')[0];
    if (guid && attributeOf(guid, 'isPermaLink')?.value !== 'false') loc = textOf(guid);
  }
  const pubDate = first(item, 'pubDate')?.value;
  const dcDate = childrenNamed(item, 'date')[0];
  const lastmod = pubDate ? rfc822ToIso(pubDate) : dcDate ? textOf(dcDate).value : null;
  return entry(loc, lastmod, 'has no <link>');
}

function atomEntry(node: XmlNode): RawEntry {
  const links = childrenNamed(node, 'link', prefixOf(tagOf(node) ?? ''));
  const page = links.find((link) => {
    const rel = attributeOf(link, 'rel')?.value;
    return rel === undefined || rel === '' || rel === 'alternate';
  });
  const href = page ? attributeOf(page, 'href') : null;
  const lastmod = first(node, 'updated')?.value ?? first(node, 'published')?.value ?? null;
  return entry(href, lastmod, 'has no <link href> to the page');
}

/** RSS dates are RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT"); lastmod is ISO 8601. */
function rfc822ToIso(value: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
