/**
 * GLSL shared by the five cover shaders: uniforms, a full-screen triangle, seamless-loop noise
 * and the motif glyphs. Time is a loop phase 0–1 and every moving term goes through
 * sin/cos(2π·time), so frame 12 equals frame 0 and the APNG loops without a seam.
 */
import { MOTIF_FAMILIES } from '@/lib/art/motifs';
import { MAX_ORBS } from '@/lib/art/params';

export const VERTEX_SHADER = `#version 300 es
void main() {
  // One triangle covering the viewport, no vertex buffer needed.
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}`;

const motifIds = MOTIF_FAMILIES.map((family, index) => `#define MOTIF_${family.toUpperCase()} ${index}`).join('\n');

export const FRAGMENT_HEADER = `#version 300 es
precision highp float;
${motifIds}
#define MAX_ORBS ${MAX_ORBS}
#define TAU 6.28318530718
uniform vec2 u_resolution;
uniform float u_time;
uniform vec3 u_palette[5];
uniform vec4 u_orbs[MAX_ORBS];
uniform int u_orbCount;
uniform int u_motif;
uniform float u_rings;
uniform float u_grid;
uniform float u_density;
uniform float u_energy;
uniform vec4 u_composition;
uniform vec2 u_noise;
out vec4 outColor;

float hash12(vec2 p) {
  vec3 p3 = fract(vec3(p.xyx) * 0.1031);
  p3 += dot(p3, p3.yzx + 33.33);
  return fract((p3.x + p3.y) * p3.z);
}

float noise(vec2 p) {
  vec2 i = floor(p);
  vec2 f = fract(p);
  vec2 u = f * f * (3.0 - 2.0 * f);
  return mix(mix(hash12(i), hash12(i + vec2(1, 0)), u.x), mix(hash12(i + vec2(0, 1)), hash12(i + vec2(1, 1)), u.x), u.y);
}

float fbm(vec2 p) {
  float sum = 0.0;
  float amp = 0.5;
  for (int i = 0; i < 5; i++) {
    sum += amp * noise(p);
    p = mat2(1.6, 1.2, -1.2, 1.6) * p;
    amp *= 0.5;
  }
  return sum;
}

/** The loop as a point on a circle: anything that moves along it returns to its start. */
vec2 loopCircle(float radius) {
  return radius * vec2(cos(TAU * u_time), sin(TAU * u_time));
}

/** Noise that loops in time: the sample point walks a circle in noise space. */
float loopFbm(vec2 p, float radius) {
  return fbm(p + u_noise + loopCircle(radius));
}

/** Palette ramp, 0 = background … 1 = lightest accent. */
vec3 ramp(float t) {
  float x = clamp(t, 0.0, 1.0) * 4.0;
  int i = int(min(floor(x), 3.0));
  return mix(u_palette[i], u_palette[i + 1], fract(x) + (x >= 4.0 ? 1.0 : 0.0));
}

mat2 rotate2(float a) {
  float c = cos(a);
  float s = sin(a);
  return mat2(c, s, -s, c);
}

/** Cover space: centred, y down, the short side spans 1, then the variation's rotation, shift and zoom. */
vec2 coverPoint() {
  vec2 q = (gl_FragCoord.xy - 0.5 * u_resolution) / min(u_resolution.x, u_resolution.y);
  q.y = -q.y;
  return rotate2(u_composition.x) * (q - u_composition.yz) / u_composition.w;
}

/** Orb i's centre (cover space) on its small orbit at this time. */
vec2 orbCentre(int i) {
  vec4 orb = u_orbs[i];
  float phase = fract(orb.w);
  return orb.xy - 0.5 + (0.02 + 0.03 * u_energy) * vec2(cos(TAU * (u_time + phase)), sin(TAU * (u_time + phase)));
}

vec3 orbColour(int i) {
  return u_palette[int(floor(u_orbs[i].w)) % 5];
}

float segment(vec2 p, vec2 a, vec2 b) {
  vec2 pa = p - a;
  vec2 ba = b - a;
  return length(pa - ba * clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0));
}

/** Distance to one motif glyph in a unit cell (centre 0, half-size 0.5); variant 0–1 flips or turns it. */
float glyph(int family, vec2 c, float variant) {
  if (variant > 0.5) c.x = -c.x;
  if (family == MOTIF_BRACKETS) {
    float chevron = min(segment(c, vec2(-0.05, -0.25), vec2(-0.28, 0.0)), segment(c, vec2(-0.28, 0.0), vec2(-0.05, 0.25)));
    return min(chevron, segment(c, vec2(0.25, -0.3), vec2(0.05, 0.3)));
  }
  if (family == MOTIF_MOONS) return max(abs(length(c) - 0.26) - 0.03, -(length(c - vec2(0.12, -0.08)) - 0.24));
  if (family == MOTIF_WAVES) return abs(c.y - 0.12 * sin(c.x * 12.0 + variant * TAU)) - 0.01;
  if (family == MOTIF_RINGS) return abs(length(c) - 0.28 + 0.1 * variant) - 0.01;
  if (family == MOTIF_STARS) {
    vec2 a = abs(c);
    return min(max(a.x * 6.0, a.y) - 0.3, max(a.y * 6.0, a.x) - 0.3) * 0.2;
  }
  if (family == MOTIF_GRID) return min(abs(c.x), abs(c.y)) - 0.01;
  if (family == MOTIF_RAYS) return segment(c, vec2(0.0), 0.35 * vec2(cos(variant * TAU), sin(variant * TAU)));
  if (family == MOTIF_PRISMS) {
    vec2 a = vec2(abs(c.x), c.y);
    return abs(max(a.x * 0.866 + a.y * 0.5, -a.y) - 0.15) - 0.01;
  }
  return length(c) - 0.06 - 0.06 * variant;
}

/** Glyph coverage 0–1 over the cover: a cell grid, each cell shown with probability u_density. */
float motifField(vec2 p, float cells, float width) {
  vec2 cell = floor(p * cells);
  float pick = hash12(cell + u_noise);
  if (pick > u_density) return 0.0;
  float d = glyph(u_motif, fract(p * cells) - 0.5, hash12(cell + 17.0 + u_noise)) / cells;
  return 1.0 - smoothstep(0.0, width, d);
}
`;
