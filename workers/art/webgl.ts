/**
 * The WebGL2 cover renderer: one OffscreenCanvas and context for the worker's life, one program
 * per style compiled on first use, a full-screen triangle, uniforms from the cover params.
 */
import { MOTIF_FAMILIES } from '@/lib/art/motifs';
import { MAX_ORBS, type CoverParams } from '@/lib/art/params';
import type { CoverStyle } from '@/lib/art/types';
import { hexToRgb } from './colour';
import { FRAGMENT_SHADERS, VERTEX_SHADER } from './shaders';

export class WebGlUnavailableError extends Error {
  name = 'WebGlUnavailableError';
}

interface Program {
  program: WebGLProgram;
  uniforms: Map<string, WebGLUniformLocation | null>;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string, label: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`The ${label} shader did not compile: ${gl.getShaderInfoLog(shader)}`);
  return shader;
}

export class WebGlCoverRenderer {
  private readonly programs = new Map<CoverStyle, Program>();

  private constructor(
    readonly canvas: OffscreenCanvas,
    private readonly gl: WebGL2RenderingContext,
  ) {}

  /** Throws WebGlUnavailableError with the reason when this browser cannot give a WebGL2 context. */
  static create(): WebGlCoverRenderer {
    if (typeof OffscreenCanvas === 'undefined') throw new WebGlUnavailableError('OffscreenCanvas is not supported');
    const canvas = new OffscreenCanvas(1, 1);
    // preserveDrawingBuffer: the frame is copied out with drawImage after the draw call returns.
    const gl = canvas.getContext('webgl2', { antialias: false, preserveDrawingBuffer: true, premultipliedAlpha: false, powerPreference: 'high-performance' });
    if (!gl) throw new WebGlUnavailableError('this browser gave no WebGL2 context (disabled or blocklisted GPU)');
    return new WebGlCoverRenderer(canvas, gl);
  }

  private program(style: CoverStyle): Program {
    const cached = this.programs.get(style);
    if (cached) return cached;
    const gl = this.gl;
    const program = gl.createProgram()!;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX_SHADER, 'vertex'));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT_SHADERS[style], style));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`The ${style} shader did not link: ${gl.getProgramInfoLog(program)}`);
    const entry = { program, uniforms: new Map<string, WebGLUniformLocation | null>() };
    this.programs.set(style, entry);
    return entry;
  }

  /** Draws the cover art (no words) at width × height for loop phase `time` (0–1); returns the canvas. */
  draw(params: CoverParams, width: number, height: number, time: number): OffscreenCanvas {
    const gl = this.gl;
    if (gl.isContextLost()) throw new WebGlUnavailableError('the WebGL2 context was lost');
    this.canvas.width = width;
    this.canvas.height = height;
    gl.viewport(0, 0, width, height);
    const { program, uniforms } = this.program(params.style);
    gl.useProgram(program);
    const at = (name: string) => {
      if (!uniforms.has(name)) uniforms.set(name, gl.getUniformLocation(program, name));
      return uniforms.get(name)!;
    };
    const orbs = new Float32Array(MAX_ORBS * 4);
    params.orbs.slice(0, MAX_ORBS).forEach((orb, index) => {
      // w packs the palette index (integer part) and the orbit phase (fraction).
      orbs.set([orb.x, orb.y, orb.radius, orb.colour + Math.min(orb.phase, 0.999)], index * 4);
    });
    gl.uniform2f(at('u_resolution'), width, height);
    gl.uniform1f(at('u_time'), time);
    gl.uniform3fv(at('u_palette'), new Float32Array(params.palette.slice(0, 5).flatMap(hexToRgb)));
    gl.uniform4fv(at('u_orbs'), orbs);
    gl.uniform1i(at('u_orbCount'), Math.min(params.orbs.length, MAX_ORBS));
    gl.uniform1i(at('u_motif'), MOTIF_FAMILIES.indexOf(params.motif));
    gl.uniform1f(at('u_rings'), params.rings);
    gl.uniform1f(at('u_grid'), params.gridLines);
    gl.uniform1f(at('u_density'), params.glyphDensity);
    gl.uniform1f(at('u_energy'), params.energy);
    const { angle, shiftX, shiftY, zoom } = params.composition;
    gl.uniform4f(at('u_composition'), angle, shiftX, shiftY, zoom);
    gl.uniform2f(at('u_noise'), params.noiseOffset[0], params.noiseOffset[1]);
    gl.drawArrays(gl.TRIANGLES, 0, 3);
    return this.canvas;
  }
}
