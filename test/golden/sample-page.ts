// A deterministic stand-in for a browser screenshot: a made-up web page drawn
// with shapes only (no text, so no font decides its pixels), at any CSS size
// and scale. The golden tests, the contact sheet and docs use it; no browser needed.

import sharp from 'sharp';
import type { Shot } from '../../src/core/types.ts';

export interface SamplePage {
  width: number;
  height: number;
  scale: number;
  /** Dark page colours, as a site in dark mode. */
  dark?: boolean;
}

export async function samplePage({ width, height, scale, dark = false }: SamplePage): Promise<Shot> {
  const c = dark
    ? { page: '#0f172a', nav: '#1e293b', ink: '#e2e8f0', line: '#334155', card: '#1e293b', accent: '#818cf8', soft: '#312e81' }
    : { page: '#ffffff', nav: '#f8fafc', ink: '#0f172a', line: '#e2e8f0', card: '#f1f5f9', accent: '#4f46e5', soft: '#e0e7ff' };
  const narrow = width < 600;
  const pad = narrow ? 20 : 48;
  const col = narrow ? width - 2 * pad : Math.min(640, width * 0.55);
  const parts: string[] = [
    `<rect width="${width}" height="${height}" fill="${c.page}"/>`,
    `<rect width="${width}" height="56" fill="${c.nav}"/><rect y="56" width="${width}" height="1" fill="${c.line}"/>`,
    `<rect x="${pad}" y="18" width="20" height="20" rx="6" fill="${c.accent}"/><rect x="${pad + 30}" y="22" width="72" height="12" rx="6" fill="${c.ink}"/>`,
  ];
  if (!narrow) {
    for (let i = 0; i < 3; i++) parts.push(`<rect x="${width - pad - 300 + i * 84}" y="23" width="60" height="10" rx="5" fill="${c.line}"/>`);
    parts.push(`<rect x="${width - pad - 40}" y="16" width="40" height="24" rx="12" fill="${c.accent}"/>`);
  } else {
    parts.push(`<g fill="${c.ink}"><rect x="${width - pad - 22}" y="20" width="22" height="2.5" rx="1"/><rect x="${width - pad - 22}" y="27" width="22" height="2.5" rx="1"/><rect x="${width - pad - 22}" y="34" width="22" height="2.5" rx="1"/></g>`);
  }
  // Hero: headline bars, a button, an illustration.
  let y = 96;
  parts.push(`<rect x="${pad}" y="${y}" width="${col * 0.9}" height="30" rx="8" fill="${c.ink}"/>`);
  parts.push(`<rect x="${pad}" y="${y + 42}" width="${col * 0.6}" height="30" rx="8" fill="${c.ink}"/>`);
  y += 100;
  for (let i = 0; i < 3; i++) parts.push(`<rect x="${pad}" y="${y + i * 22}" width="${col * (0.95 - i * 0.12)}" height="10" rx="5" fill="${c.line}"/>`);
  y += 86;
  parts.push(`<rect x="${pad}" y="${y}" width="132" height="40" rx="10" fill="${c.accent}"/><rect x="${pad + 146}" y="${y}" width="112" height="40" rx="10" fill="none" stroke="${c.line}" stroke-width="2"/>`);
  if (!narrow) {
    const ix = pad + col + 40;
    const iw = width - ix - pad;
    parts.push(`<rect x="${ix}" y="96" width="${iw}" height="230" rx="16" fill="${c.soft}"/>`);
    parts.push(`<circle cx="${ix + iw * 0.3}" cy="190" r="46" fill="${c.accent}" opacity="0.85"/><rect x="${ix + iw * 0.45}" y="150" width="${iw * 0.4}" height="110" rx="12" fill="${c.page}" opacity="0.9"/>`);
  }
  // Cards, repeated down the page so full-page shots have something to show.
  y += 80;
  const cols = narrow ? 1 : 3;
  const gap = 24;
  const cw = (width - 2 * pad - gap * (cols - 1)) / cols;
  const hue = ['#f97316', '#10b981', '#0ea5e9', '#e11d48', '#a855f7', '#eab308'];
  for (let row = 0; y < height; row++) {
    for (let i = 0; i < cols; i++) {
      const x = pad + i * (cw + gap);
      const k = (row * cols + i) % hue.length;
      parts.push(`<rect x="${x}" y="${y}" width="${cw}" height="150" rx="14" fill="${c.card}"/>`);
      parts.push(`<rect x="${x + 18}" y="${y + 18}" width="36" height="36" rx="10" fill="${hue[k]}"/>`);
      parts.push(`<rect x="${x + 18}" y="${y + 72}" width="${cw * 0.6}" height="12" rx="6" fill="${c.ink}"/>`);
      parts.push(`<rect x="${x + 18}" y="${y + 96}" width="${cw - 36}" height="8" rx="4" fill="${c.line}"/><rect x="${x + 18}" y="${y + 114}" width="${cw * 0.5}" height="8" rx="4" fill="${c.line}"/>`);
    }
    y += 150 + gap;
  }
  const pw = Math.round(width * scale);
  const ph = Math.round(height * scale);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pw}" height="${ph}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  return { png, width: pw, height: ph, finalUrl: 'https://docs.example.com/guide/getting-started', httpStatus: 200, title: 'Getting started · Example Docs' };
}
