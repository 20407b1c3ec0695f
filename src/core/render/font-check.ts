// Pre-flight: render emoji, CJK and a few common scripts once per run and
// warn when the machine has no font for them. Without one, every page that
// uses them comes out with empty boxes (tofu) — silently, on every URL. CI
// runners (GitHub's ubuntu images included) ship without emoji/CJK fonts.
//
// A script counts as missing when its sample draws exactly like the same
// number of unassigned code points (the fallback font's .notdef box) or
// draws nothing; emoji also count as missing when they come out without
// colour (a monochrome fallback is not what the page shows in a browser).

import { missingScripts } from './in-page/fonts.ts';
import type { Browser } from 'playwright-core';

export interface FontScript {
  name: string;
  sample: string;
  /** Debian/Ubuntu package that provides a font for it. */
  pkg: string;
  colour?: boolean;
}

export const FONT_SCRIPTS: readonly FontScript[] = [
  { name: 'emoji', sample: '😀🎉👍', pkg: 'fonts-noto-color-emoji', colour: true },
  { name: 'CJK', sample: '漢字かなカナ한글', pkg: 'fonts-noto-cjk' },
  { name: 'Latin/Cyrillic/Greek', sample: 'ÅéßЖλ', pkg: 'fonts-dejavu-core' },
  { name: 'Arabic', sample: 'عربي', pkg: 'fonts-noto-core' },
  { name: 'Devanagari', sample: 'हिन्दी', pkg: 'fonts-noto-core' },
  { name: 'Thai', sample: 'ภาษาไทย', pkg: 'fonts-noto-core' },
];

const CHECK_TIMEOUT_MS = 10_000;

/** Names of the scripts (FONT_SCRIPTS) this browser cannot draw; [] when the check itself could not run. */
export async function missingFontScripts(browser: Browser, scripts: readonly FontScript[] = FONT_SCRIPTS): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 500, height: 100 } });
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>', { timeout: CHECK_TIMEOUT_MS });
    const result: unknown = await page.evaluate(missingScripts, scripts.map(({ name, sample, colour }) => ({ name, sample, ...(colour ? { colour } : {}) })));
    return Array.isArray(result) ? result.filter((n): n is string => typeof n === 'string') : [];
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** The warning for missing scripts, naming the packages that fix it; null when nothing is missing. */
export function fontWarning(missing: readonly string[], scripts: readonly FontScript[] = FONT_SCRIPTS): string | null {
  if (missing.length === 0) return null;
  const pkgs = [...new Set(scripts.filter((s) => missing.includes(s.name)).map((s) => s.pkg))];
  return `this machine has no font for ${missing.join(', ')}: pages using them will show empty boxes; ` +
    `install ${pkgs.join(' ')} (e.g. \`sudo apt-get install -y ${pkgs.join(' ')}\`)`;
}
