// Draws docs/images/composite.webp, the README's picture of --composite
// responsive: the synthetic sample page on laptop, tablet and phone-ios, each
// at its own scale, arranged by the real composite compositor (the same
// picture as test/golden/composite-responsive.png, made smaller for the page).
//
//   node --import tsx scripts/composite-picture.ts [out.webp]

import sharp from 'sharp';
import { ResponsiveCompositor } from '../src/core/composite/compose.ts';
import { defaultCaptureOptions } from '../src/index.ts';
import { samplePage } from '../test/golden/sample-page.ts';

const out = process.argv[2] ?? 'docs/images/composite.webp';
const { frame } = defaultCaptureOptions({ frame: { background: 'aurora', padding: 40 } });
const composite = await ResponsiveCompositor.create(['laptop', 'tablet', 'phone-ios'], frame, 'device');
const shots = await Promise.all(composite.devices.map(({ compositor: c }) => samplePage({ ...c.viewport!, scale: c.scale })));
const { png } = await composite.compose(shots, 'https://docs.example.com/guide/getting-started');
await sharp(png).resize({ width: 1200 }).webp({ quality: 82 }).toFile(out);
console.log(`wrote ${out}`);
