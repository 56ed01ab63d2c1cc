/** The distilled static student as a TextEncoderPort: plain loops, yielding between chunks so cancel and progress get through. */
import type { TextEncoderPort } from './encoder-port';
import type { StaticEncoder } from './student/static-encoder';

const CHUNK = 512;

export function studentPort(student: StaticEncoder): TextEncoderPort {
  return {
    use: { id: 'use-lite-static', device: 'js', dtype: 'int8' },
    dimensions: student.dimensions,
    async embed(texts, options = {}) {
      const out = new Float32Array(texts.length * student.dimensions);
      for (let start = 0; start < texts.length; start += CHUNK) {
        options.signal?.throwIfAborted();
        out.set(student.embed(texts.slice(start, start + CHUNK)), start * student.dimensions);
        options.onProgress?.(Math.min(start + CHUNK, texts.length));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return out;
    },
  };
}
