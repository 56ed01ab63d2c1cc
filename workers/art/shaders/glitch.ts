/** Glitch: blocky datamosh bands, RGB channel split, posterised palette and pixelated glyphs. */
import { FRAGMENT_HEADER } from './common';

export const GLITCH_SHADER = `${FRAGMENT_HEADER}
/** The undisturbed picture at p: posterised noise field, hard-edged orbs, pixel glyphs. */
float field(vec2 p) {
  float base = floor(loopFbm(p * 2.5, 0.5) * 5.0) / 5.0;
  for (int i = 0; i < MAX_ORBS; i++) {
    if (i >= u_orbCount) break;
    float d = length(p - orbCentre(i)) - u_orbs[i].z;
    if (d < 0.0) base = mix(base, floor(u_orbs[i].w) / 4.0, step(0.5, fract(d * u_rings * 4.0)));
  }
  vec2 pixel = floor(p * 96.0) / 96.0;
  return max(base, motifField(pixel, 8.0, 0.006));
}

void main() {
  vec2 p = coverPoint();
  // Horizontal bands that jump sideways; which bands jump changes in four steps per loop.
  float step4 = floor(u_time * 4.0);
  float band = floor(p.y * (12.0 + u_grid));
  float jump = hash12(vec2(band, step4) + u_noise);
  float shift = jump > 0.75 ? (hash12(vec2(band, step4 + 9.0)) - 0.5) * 0.25 * (0.5 + u_energy) : 0.0;
  // Blocks that swap in a different part of the picture.
  vec2 block = floor(p * 10.0);
  vec2 mosh = hash12(block + step4 + u_noise) > 0.93 ? vec2(0.13, -0.07) : vec2(0.0);
  vec2 q = p + vec2(shift, 0.0) + mosh;
  float split = 0.006 + 0.012 * u_energy;
  float r = field(q + vec2(split, 0.0));
  float g = field(q);
  float b = field(q - vec2(split, 0.0));
  vec3 colour = vec3(ramp(r).r, ramp(g).g, ramp(b).b);
  // Scanlines and a faint static.
  colour *= 0.82 + 0.18 * step(0.5, fract(gl_FragCoord.y * 0.25));
  colour += 0.06 * (hash12(floor(gl_FragCoord.xy / 2.0) + step4) - 0.5);
  outColor = vec4(clamp(colour, 0.0, 1.0), 1.0);
}`;
