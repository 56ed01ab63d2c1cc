/**
 * Does an image have the size of a whole screen? Phones, tablets and laptops save screenshots at
 * their panel's native resolution, so an exact match is strong evidence (a camera photo is never
 * 1170×2532). Region captures have any size, which is why this only adds to other signs.
 */

/** Portrait width × height; landscape captures match the same sizes turned. */
const SCREEN_SIZES: readonly (readonly [number, number])[] = [
  // iPhone
  [640, 1136], [750, 1334], [1242, 2208], [1125, 2436], [828, 1792], [1242, 2688], [1080, 2340],
  [1170, 2532], [1284, 2778], [1179, 2556], [1290, 2796], [1206, 2622], [1320, 2868],
  // Android phones
  [720, 1280], [720, 1600], [1080, 1920], [1080, 2160], [1080, 2280], [1080, 2400], [1080, 2412],
  [1440, 2560], [1440, 2960], [1440, 3040], [1440, 3120], [1440, 3200], [1344, 2992], [1280, 2856],
  // iPad
  [1536, 2048], [1620, 2160], [1640, 2360], [1668, 2224], [1668, 2388], [1488, 2266], [2048, 2732],
  // laptops and monitors (stored portrait like the rest)
  [800, 1280], [768, 1366], [900, 1440], [864, 1536], [900, 1600], [1050, 1680],
  [1080, 1920], [1200, 1920], [1440, 2560], [1600, 2560], [1800, 2880], [1964, 3024], [2234, 3456],
  [1912, 2940], [956, 1470], [982, 1512], [1117, 1728], [1504, 2256], [1824, 2736], [2160, 3840],
];

const KEYS = new Set(SCREEN_SIZES.map(([w, h]) => `${w}x${h}`));

export function isScreenSize(width: number, height: number): boolean {
  const [short, long] = width <= height ? [width, height] : [height, width];
  return KEYS.has(`${short}x${long}`);
}

/** ISO A-series (√2) and US Letter (11/8.5) pages, portrait, within 3 %. */
export function isPageShaped(width: number, height: number): boolean {
  if (!(width > 0 && height > width)) return false;
  const ratio = height / width;
  return [Math.SQRT2, 11 / 8.5].some((page) => Math.abs(ratio - page) / page <= 0.03);
}
