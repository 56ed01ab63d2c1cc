/** Ethereal: soft light through drifting mist, blurred glowing orbs, faint halos and sparkles. */
import { FRAGMENT_HEADER } from './common';

export const ETHEREAL_SHADER = `${FRAGMENT_HEADER}
void main() {
  vec2 p = coverPoint();
  float mist = loopFbm(p * 1.6, 0.35);
  float mist2 = loopFbm(p * 3.2 + 7.0, 0.5);
  vec3 colour = mix(u_palette[0], mix(u_palette[0], u_palette[1], 0.6), smoothstep(0.6, -0.5, p.y));
  colour = mix(colour, u_palette[3], 0.35 * smoothstep(0.35, 0.8, mist));
  colour = mix(colour, u_palette[4], 0.25 * smoothstep(0.5, 0.9, mist2));
  for (int i = 0; i < MAX_ORBS; i++) {
    if (i >= u_orbCount) break;
    float r = u_orbs[i].z;
    float d = length(p - orbCentre(i));
    // Light mixed in, not added: overlapping orbs glow without burning out to white.
    colour = mix(colour, orbColour(i), 0.6 * exp(-pow(d / (r * 1.1), 2.0)));
    // A faint halo ring per two streak rings.
    colour += u_palette[4] * 0.12 * exp(-pow((d - r * (1.0 + 0.05 * u_rings)) * 90.0, 2.0));
  }
  // Sparkles that twinkle once per loop.
  vec2 cell = floor(p * 40.0);
  float spark = hash12(cell + u_noise);
  if (spark > 0.985) {
    float twinkle = 0.5 + 0.5 * sin(TAU * (u_time + spark * 10.0));
    colour += vec3(1.0) * twinkle * (1.0 - smoothstep(0.0, 0.12, length(fract(p * 40.0) - 0.5)));
  }
  colour = mix(colour, vec3(1.0), 0.5 * motifField(p, 5.0, 0.008) * (0.4 + 0.6 * mist));
  outColor = vec4(clamp(colour, 0.0, 1.0), 1.0);
}`;
