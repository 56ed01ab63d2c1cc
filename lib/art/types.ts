/** Cover art: five generative styles, drawn on the device (workers/art) from the Wrapped's facts. */

export const COVER_STYLES = ['neon', 'hologram', 'glitch', 'plasma', 'ethereal'] as const;
export type CoverStyle = (typeof COVER_STYLES)[number];

export const COVER_SIZE = 1024;
export const ANIMATION_FRAMES = 12;
