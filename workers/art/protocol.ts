/** The typed message protocol between the UI (useArt) and the art worker. */
import type { CoverParams } from '@/lib/art/params';
import type { ShareCardContent, ShareCardSize } from '@/lib/share/card-content';

export type ArtBackend = 'webgl2' | 'canvas2d';

export type ArtRequest =
  /** Without `backend`, WebGL2 when this browser has it, else Canvas2D. */
  | { type: 'cover'; id: number; params: CoverParams; backend?: ArtBackend }
  | { type: 'animate'; id: number; params: CoverParams; backend?: ArtBackend }
  /** `background`: the cover drawn behind the card; without it, a gradient of the card's palette. */
  | { type: 'card'; id: number; content: ShareCardContent; size: ShareCardSize; background?: CoverParams }
  | { type: 'cancel'; id: number };

export interface CoverResult {
  png: Blob;
  width: number;
  height: number;
  backend: ArtBackend;
  /** Why this backend ran, e.g. "WebGL2 unavailable: …" or "forced by the request". */
  backendReason: string;
  ms: number;
  /** Hex sha256 of the final RGBA pixels (art and words): equal for equal params on one backend. */
  sha256: string;
}

export interface AnimationResult {
  /** An APNG (image/png) that loops forever. */
  blob: Blob;
  frames: number;
  width: number;
  height: number;
  backend: ArtBackend;
  ms: number;
}

export interface CardResult {
  png: Blob;
  width: number;
  height: number;
  backend: ArtBackend;
  ms: number;
  sha256: string;
}

export type ArtResponse =
  | ({ status: 'cover'; id: number } & CoverResult)
  | ({ status: 'animation'; id: number } & AnimationResult)
  | ({ status: 'card'; id: number } & CardResult)
  /** Animation frames drawn so far (encoding follows the last one). */
  | { status: 'progress'; id: number; done: number; total: number }
  | { status: 'cancelled'; id: number }
  | { status: 'error'; id: number; message: string };
