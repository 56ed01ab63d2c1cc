/**
 * The app icons, drawn from one SVG: public/icons/icon.svg (also the favicon) and the PNGs the
 * manifest and iOS ask for. The PNGs are committed; run this after changing the drawing:
 *
 *   tsx scripts/generate-icons.ts
 *
 * Rasterised with sharp (librsvg), which Next.js installs for image optimisation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');

/** A four-point sparkle of radius r centred at (x, y). */
function sparkle(x: number, y: number, r: number): string {
  const k = r * 0.16;
  return `M${x} ${y - r}Q${x + k} ${y - k} ${x + r} ${y}Q${x + k} ${y + k} ${x} ${y + r}Q${x - k} ${y + k} ${x - r} ${y}Q${x - k} ${y - k} ${x} ${y - r}Z`;
}

/**
 * `any`: a rounded tile with the landing page's gradient and two sparkles. `fullBleed`: the same
 * drawing on a square tile with the sparkles inside the central 80 % circle, for maskable icons
 * and iOS (which round the corners themselves).
 */
function iconSvg({ fullBleed }: { fullBleed: boolean }): string {
  const scale = fullBleed ? 0.84 : 1;
  const at = (value: number) => 256 + (value - 256) * scale;
  const tile = fullBleed ? '<rect width="512" height="512" fill="url(#g)"/>' : '<rect width="512" height="512" rx="112" fill="url(#g)"/>';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="#7c3aed"/><stop offset="0.55" stop-color="#d946ef"/><stop offset="1" stop-color="#fbbf24"/>
</linearGradient></defs>
${tile}
<path d="${sparkle(at(236), at(276), 150 * scale)}" fill="#fff"/>
<path d="${sparkle(at(376), at(136), 44 * scale)}" fill="#fff" fill-opacity="0.85"/>
</svg>
`;
}

async function png(svg: string, size: number, file: string): Promise<void> {
  const bytes = await sharp(Buffer.from(svg)).resize(size, size).png({ compressionLevel: 9, palette: true }).toBuffer();
  writeFileSync(path.join(OUT, file), bytes);
  console.log(`${file}: ${size}×${size}, ${bytes.length} bytes`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const any = iconSvg({ fullBleed: false });
  const fullBleed = iconSvg({ fullBleed: true });
  writeFileSync(path.join(OUT, 'icon.svg'), any);
  await png(any, 192, 'icon-192.png');
  await png(any, 512, 'icon-512.png');
  await png(fullBleed, 512, 'icon-maskable-512.png');
  await png(fullBleed, 180, 'apple-touch-icon.png');
}

void main();
