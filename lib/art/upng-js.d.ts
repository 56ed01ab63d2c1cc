/** Types for upng-js 2.1 (it ships none): the calls the art worker, its tests and bench make. */
declare module 'upng-js' {
  interface UpngImage {
    width: number;
    height: number;
    depth: number;
    ctype: number;
    frames: { rect: { x: number; y: number; width: number; height: number }; delay: number; dispose: number; blend: number }[];
    tabs: Record<string, unknown>;
    data: ArrayBuffer;
  }
  const UPNG: {
    /** `colours` 0 = lossless; otherwise frames are quantised to that many colours. `delays` in ms per frame. */
    encode(frames: ArrayBuffer[], width: number, height: number, colours: number, delays?: number[]): ArrayBuffer;
    decode(png: ArrayBuffer | Uint8Array): UpngImage;
    /** One RGBA buffer per frame (the image itself when it is not animated). */
    toRGBA8(image: UpngImage): ArrayBuffer[];
  };
  export default UPNG;
}
