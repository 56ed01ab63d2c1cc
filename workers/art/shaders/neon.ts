/** Neon: a dark night, glowing orb outlines, a synthwave grid floor and glowing motif strokes. */
import { FRAGMENT_HEADER } from './common';

export const NEON_SHADER = `${FRAGMENT_HEADER}
void main() {
  vec2 p = coverPoint();
  vec3 colour = u_palette[0] * (0.6 + 0.4 * (1.0 - length(p)));
  // Perspective floor grid below the horizon, scrolling one cell per loop.
  float horizon = 0.12;
  if (p.y > horizon) {
    float depth = 0.08 / (p.y - horizon + 0.001);
    vec2 floorUv = vec2(p.x * depth * 4.0, depth + u_time);
    vec2 line = abs(fract(floorUv * vec2(u_grid * 0.25, 2.0)) - 0.5) / fwidth(floorUv * vec2(u_grid * 0.25, 2.0));
    float grid = 1.0 - clamp(min(line.x, line.y), 0.0, 1.0);
    colour += u_palette[3] * grid * smoothstep(0.0, 0.5, p.y - horizon) * 1.4;
  }
  // Horizon glow.
  colour += u_palette[2] * exp(-abs(p.y - horizon) * 30.0) * 0.8;
  // Glowing orb outlines, inner rings for the streak.
  for (int i = 0; i < MAX_ORBS; i++) {
    if (i >= u_orbCount) break;
    float r = u_orbs[i].z;
    float d = length(p - orbCentre(i));
    float outline = abs(d - r);
    float inner = abs(fract(d / r * u_rings * 0.25) - 0.5) * r;
    vec3 glowColour = orbColour(i);
    colour += glowColour * (0.004 / (outline + 0.002));
    colour += glowColour * 0.25 * step(d, r) * (1.0 - smoothstep(0.0, 0.006, inner));
  }
  // Motif strokes with a soft halo.
  float strokes = motifField(p + loopCircle(0.015), 7.0, 0.004);
  float halo = motifField(p + loopCircle(0.015), 7.0, 0.02);
  colour += u_palette[4] * (strokes + 0.35 * halo) * (0.5 + 0.5 * u_energy);
  outColor = vec4(1.0 - exp(-colour * 1.2), 1.0);
}`;
