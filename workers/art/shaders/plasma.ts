/** Plasma: layered sine plasma through the palette, orbs as a metaball field, motif etched in. */
import { FRAGMENT_HEADER } from './common';

export const PLASMA_SHADER = `${FRAGMENT_HEADER}
void main() {
  vec2 p = coverPoint();
  float t = TAU * u_time;
  float v = sin(p.x * 8.0 + t) + sin((p.y * 7.0 - t) + u_noise.x)
          + sin((p.x + p.y) * 6.0 + sin(t) * 2.0) + sin(length(p * 9.0 + vec2(sin(t), cos(t))) - t);
  // Metaballs: one per topic, the field bends the plasma's bands around them.
  float meta = 0.0;
  for (int i = 0; i < MAX_ORBS; i++) {
    if (i >= u_orbCount) break;
    float r = u_orbs[i].z;
    vec2 d = p - orbCentre(i);
    meta += r * r / dot(d, d);
  }
  float shade = 0.5 + 0.125 * v + 0.35 * smoothstep(0.6, 1.6, meta);
  shade += 0.08 * sin(shade * u_rings * 3.0);
  vec3 colour = ramp(fract(shade * (0.8 + 0.4 * u_energy)) * 0.9 + 0.1);
  colour = mix(colour, u_palette[4], 0.4 * smoothstep(1.2, 2.5, meta));
  colour = mix(colour, u_palette[0], motifField(p, 6.0, 0.006) * 0.75);
  outColor = vec4(colour, 1.0);
}`;
