/** Plain-English names for palette colours: diffusion models follow "deep teal" better than "#0f5f66". */

const HUE_NAMES: [maxHue: number, name: string][] = [
  [12, 'red'],
  [35, 'orange'],
  [52, 'gold'],
  [70, 'yellow'],
  [100, 'lime'],
  [150, 'green'],
  [175, 'teal'],
  [200, 'cyan'],
  [235, 'blue'],
  [262, 'indigo'],
  [290, 'violet'],
  [320, 'magenta'],
  [345, 'pink'],
  [360, 'red'],
];

function hexToHsl(hex: string): { h: number; s: number; l: number } {
  const value = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => channel / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

export function colourName(hex: string): string {
  const { h, s, l } = hexToHsl(hex);
  if (l < 0.1) return 'near-black';
  if (l > 0.93) return 'near-white';
  if (s < 0.12) return l < 0.5 ? 'charcoal grey' : 'silver grey';
  const hue = HUE_NAMES.find(([maxHue]) => h < maxHue)?.[1] ?? 'red';
  const tone = l < 0.3 ? 'deep ' : l > 0.75 ? 'pale ' : s > 0.8 && l >= 0.45 ? 'vivid ' : '';
  return `${tone}${hue}`;
}
