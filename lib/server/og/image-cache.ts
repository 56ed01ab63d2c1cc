/**
 * Rendered OG images by share-link id. A link's payload never changes, so its image is drawn
 * once and then served from memory: a crawler storm (or anyone looping the route from many
 * addresses) costs a SQLite read per request, not a render. The route still asks the store
 * first, so a deleted or expired link is never served. Concurrent first requests share one
 * render; a failed render is forgotten so the next request tries again. Least recently used
 * images go first past MAX_IMAGES (~200–400 KB each).
 */
const MAX_IMAGES = 32;

const store = globalThis as typeof globalThis & { __aiwOgImages?: Map<string, Promise<ArrayBuffer>> };
const images = (store.__aiwOgImages ??= new Map());

export function cachedOgImage(id: string, render: () => Promise<ArrayBuffer>): Promise<ArrayBuffer> {
  const cached = images.get(id);
  if (cached) {
    images.delete(id);
    images.set(id, cached);
    return cached;
  }
  const image = render();
  images.set(id, image);
  image.catch(() => {
    if (images.get(id) === image) images.delete(id);
  });
  while (images.size > MAX_IMAGES) images.delete(images.keys().next().value!);
  return image;
}
