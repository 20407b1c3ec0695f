// Text for frames: what the address bar shows and how to make it fit.
//
// Widths are estimated from the font's advance widths instead of asking a
// renderer, so fitting costs nothing per capture. The table is Arial's, which
// Liberation Sans (the font frames name first) matches metric for metric.

import { domainToUnicode } from 'node:url';

/** The font stack frame templates use (a later release ships its own font). */
export const FRAME_FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';

const ELLIPSIS = '\u2026';

// Advance widths in 1/1000 em for U+0020..U+007E.
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

function advance(codePoint: number): number {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return ASCII_WIDTHS[codePoint - 0x20]!;
  if (codePoint === 0x2026) return 1000;
  if (isWide(codePoint)) return 1000;
  // Latin, Greek, Cyrillic and most others average close to a digit's width.
  return 600;
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
