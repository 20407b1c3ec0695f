// The font pre-flight: which scripts this browser cannot draw.

export interface FontSample {
  name: string;
  sample: string;
  /** Drawn in colour (emoji): a monochrome fallback counts as missing. */
  colour?: boolean;
}

/**
 * Names of the scripts drawn with no ink, or exactly as a private-use
 * character (tofu) is, or in monochrome where colour is expected.
 */
export function missingScripts(scripts: readonly FontSample[]): string[] {
  const canvas = document.createElement('canvas');
  canvas.width = 480;
  canvas.height = 80;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  const missing: string[] = [];
  for (const s of scripts) {
    const shots: Uint8ClampedArray[] = [];
    for (const text of [s.sample, '\u{10FFFD}'.repeat([...s.sample].length)]) {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.font = '48px sans-serif';
      ctx.fillStyle = '#000';
      ctx.textBaseline = 'top';
      ctx.fillText(text, 4, 4);
      shots.push(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
    }
    const [drawn, tofu] = shots as [Uint8ClampedArray, Uint8ClampedArray];
    let ink = false;
    let coloured = false;
    let sameAsTofu = true;
    for (let i = 0; i < drawn.length; i += 4) {
      if (drawn[i + 3] !== 0) ink = true;
      if (drawn[i + 3]! > 128 && (Math.abs(drawn[i]! - drawn[i + 1]!) > 24 || Math.abs(drawn[i + 1]! - drawn[i + 2]!) > 24)) coloured = true;
      for (let c = 0; c < 4; c++) if (drawn[i + c] !== tofu[i + c]) sameAsTofu = false;
    }
    if (!ink || sameAsTofu || (s.colour === true && !coloured)) missing.push(s.name);
  }
  return missing;
}
