// Looks at what comes before the root element: the root's name (to tell a
// sitemap from an HTML error page before parsing) and the DOCTYPE, which is
// cut out entirely so no DTD (entity declarations, billion laughs) ever
// reaches the parser.

export interface Prolog {
  /** Qualified name of the root element, or null when there is none. */
  root: string | null;
  doctypeName: string | null;
  declaresEntities: boolean;
  /** The text with its DOCTYPE removed. */
  text: string;
}

export function readProlog(input: string): Prolog {
  let text = input;
  let doctypeName: string | null = null;
  let declaresEntities = false;
  let pos = 0;
  for (;;) {
    while (pos < text.length && isSpace(text.charCodeAt(pos))) pos++;
    if (pos >= text.length || text[pos] !== '<') break;
    if (text.startsWith('<?', pos)) {
      const end = text.indexOf('?>', pos + 2);
      if (end < 0) break;
      pos = end + 2;
    } else if (text.startsWith('<!--', pos)) {
      const end = text.indexOf('-->', pos + 4);
      if (end < 0) break;
      pos = end + 3;
    } else if (/^<!doctype/i.test(text.slice(pos, pos + 9))) {
      const end = doctypeEnd(text, pos + 9);
      const decl = text.slice(pos, end);
      doctypeName = /^<!doctype\s+([^\s[>]+)/i.exec(decl)?.[1] ?? '';
      declaresEntities = /<!ENTITY/i.test(decl);
      text = text.slice(0, pos) + text.slice(end);
    } else {
      const name = /^<([^\s/>!?]+)/.exec(text.slice(pos, pos + 256))?.[1] ?? null;
      return { root: name, doctypeName, declaresEntities, text };
    }
  }
  return { root: null, doctypeName, declaresEntities, text };
}

/** Index just past the DOCTYPE's closing '>' (or the end of text when unterminated). */
function doctypeEnd(text: string, from: number): number {
  let quote = '';
  let inSubset = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (inSubset && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return text.length;
      i = end + 2;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      inSubset = true;
    } else if (ch === ']') {
      inSubset = false;
    } else if (ch === '>' && !inSubset) {
      return i + 1;
    }
  }
  return text.length;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff;
}
