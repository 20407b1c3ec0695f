// Text for frames: what the address bar shows and how to make it fit.
//
// Widths are estimated from the font's advance widths instead of asking a
// renderer, so fitting costs nothing per capture. The table is Inter's (the
// font shipped in frames/fonts/ and registered by fonts.ts), read from its
// hmtx table; kerning makes real text a little narrower, never wider.

import { domainToUnicode } from 'node:url';

/** The font stack frame templates use: the shipped Inter first, so text looks the same on every machine. */
export const FRAME_FONT = 'Inter, Liberation Sans, Arial, Helvetica, sans-serif';

const ELLIPSIS = '\u2026';

// Inter Regular advance widths in 1/1000 em for U+0020..U+007E.
const ASCII_WIDTHS = [
  281, 288, 466, 633, 642, 982, 644, 300, 365, 365, 501, 662, 288, 460, 288, 360, // space ! " # $ % & ' ( ) * + , - . /
  631, 407, 610, 618, 646, 593, 620, 566, 619, 620, 288, 302, 662, 662, 662, 511, // 0-9 : ; < = > ?
  966, 690, 654, 730, 722, 601, 590, 746, 743, 269, 571, 672, 565, 903, 753, 765, // @ A-O
  639, 765, 644, 642, 646, 744, 690, 985, 682, 679, 629, 365, 360, 365, 471, 456, // P-Z [ \ ] ^ _
  323, 562, 612, 571, 612, 583, 370, 613, 591, 242, 242, 549, 242, 876, 591, 600, // ` a-o
  612, 612, 376, 528, 327, 591, 562, 818, 546, 562, 552, 426, 333, 426, 662, // p-z { | } ~
];

function advance(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return ASCII_WIDTHS[codePoint - 0x20]!;
  if (codePoint === 0x2026) return 864;
  if (isWide(codePoint)) return 1000;
  // Accented Latin, Greek, Cyrillic and most others average close to a digit's width.
  return 620;
}

/** East Asian wide and emoji ranges: a full em in any fallback font. */
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f)
    || (cp >= 0x2e80 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff)
    || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6)
    || (cp >= 0x1f300 && cp <= 0x1faff)
    || cp >= 0x20000;
}

/** Estimated rendered width in CSS px. */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += advance(ch.codePointAt(0)!);
  return (units * fontSize) / 1000;
}

/** The text, or its longest prefix plus "…" that fits in maxWidth CSS px. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize);
  if (budget <= 0) return '';
  let used = 0;
  let kept = '';
  for (const ch of text) {
    const w = (advance(ch.codePointAt(0)!) * fontSize) / 1000;
    if (used + w > budget) break;
    used += w;
    kept += ch;
  }
  return kept.trimEnd() + ELLIPSIS;
}

/**
 * How a browser's address bar shows a URL: no scheme, no credentials, no lone
 * trailing slash, readable Unicode host and path. Anything unparsable is shown as given.
 */
export function displayUrl(url: string): { text: string; secure: boolean } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { text: url, secure: false };
  }
  const host = domainToUnicode(parsed.hostname) || parsed.hostname;
  const port = parsed.port ? `:${parsed.port}` : '';
  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  const path = rest === '/' ? '' : rest;
  let text = `${host}${port}${path}`;
  try {
    text = decodeURI(text);
  } catch {
    // Malformed %-escapes: keep them as they are.
  }
  if (!/^https?:$/.test(parsed.protocol)) text = `${parsed.protocol}${text}`;
  return { text, secure: parsed.protocol === 'https:' };
}
