// Renders the PNG app icons in public/ from the SVG mark. Run it by hand after changing the mark
// (`node scripts/build-icons.mjs`); the PNGs are committed, so builds do not depend on an image
// library. sharp comes with Next.js (its image optimiser), so it is already installed.
import sharp from 'sharp';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url));
const TEAL = '#0f766e';
const INK = '#f8fafc';
// The mark from public/icon.svg: a training-load trace on a 64-unit canvas.
const TRACE = 'M14 44 L26 20 L34 36 L40 26 L50 44';

/** Rounded tile for "any" icons: the platform shows it as drawn, transparent corners included. */
function roundedSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${TEAL}"/><path d="${TRACE}" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
}

/**
 * Full-bleed square for maskable and Apple touch icons: the platform crops it to its own shape,
 * so the trace is shrunk into the central 80 % safe zone (W3C Web App Manifest, "purpose").
 */
function fullBleedSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${TEAL}"/><g transform="translate(32 32) scale(0.72) translate(-32 -32)"><path d="${TRACE}" fill="none" stroke="${INK}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`;
}

const ICONS = [
  { file: 'icon-192.png', sizePx: 192, svg: roundedSvg() },
  { file: 'icon-512.png', sizePx: 512, svg: roundedSvg() },
  { file: 'icon-maskable-512.png', sizePx: 512, svg: fullBleedSvg() },
  { file: 'apple-touch-icon.png', sizePx: 180, svg: fullBleedSvg() },
];

for (const { file, sizePx, svg } of ICONS) {
  await sharp(Buffer.from(svg), { density: (72 * sizePx) / 64 })
    .resize(sizePx, sizePx)
    .png({ compressionLevel: 9, palette: true })
    .toFile(join(PUBLIC_DIR, file));
  console.log(`public/${file} (${sizePx}×${sizePx})`);
}
