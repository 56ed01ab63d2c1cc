/** Hologram: thin-film iridescence over a foil, translucent orb bubbles with a rim, scanlines. */
import { FRAGMENT_HEADER } from './common';

export const HOLOGRAM_SHADER = `${FRAGMENT_HEADER}
vec3 iridescent(float t) {
  return 0.5 + 0.5 * cos(TAU * (vec3(0.0, 0.33, 0.67) + t));
}

void main() {
  vec2 p = coverPoint();
  float film = loopFbm(p * 3.0, 0.6);
  float angle = atan(p.y, p.x) / TAU;
  vec3 foil = mix(ramp(0.35 + 0.5 * film), iridescent(film * 1.5 + angle + u_time), 0.45);
  vec3 colour = mix(u_palette[0], foil, 0.85);
  // Bubbles: clear centres, bright iridescent rims (a fresnel-like falloff).
  for (int i = 0; i < MAX_ORBS; i++) {
    if (i >= u_orbCount) break;
    float r = u_orbs[i].z;
    float d = length(p - orbCentre(i)) / r;
    if (d < 1.0) {
      float rim = pow(d, 6.0);
      colour = mix(colour, mix(orbColour(i), iridescent(d + u_time + float(i) * 0.2), rim), 0.55 + 0.4 * rim);
    }
  }
  // Concentric interference rings from the centre.
  colour += 0.08 * sin(length(p) * u_rings * 18.0 - TAU * u_time);
  float glyphs = motifField(p, 6.0, 0.005);
  colour = mix(colour, vec3(1.0), glyphs * 0.7);
  // Scanlines and a moving sheen band.
  colour *= 0.9 + 0.1 * sin(gl_FragCoord.y * 1.6);
  colour += 0.25 * exp(-pow((p.x + p.y) * 2.0 - 2.0 * sin(TAU * u_time), 2.0) * 6.0);
  outColor = vec4(clamp(colour, 0.0, 1.0), 1.0);
}`;
