/**
 * Moving-average type-token ratio (Covington & McFall 2010): the mean, over every window of
 * `window` consecutive words, of distinct words / window. Unlike a plain TTR it doesn't fall as
 * the text grows, so a year of messages and a week are comparable. Streaming: O(1) per word and
 * memory for one window, whatever the volume. Fewer words than one window: plain TTR.
 */
export const MATTR_WINDOW = 50;

export interface Mattr {
  push(word: string): void;
  value(): number;
}

export function createMattr(window = MATTR_WINDOW): Mattr {
  const ring: string[] = new Array<string>(window);
  const counts = new Map<string, number>();
  let head = 0;
  let filled = 0;
  let sum = 0;
  let windows = 0;

  return {
    push(word) {
      if (filled === window) {
        const old = ring[head]!;
        const left = counts.get(old)! - 1;
        if (left === 0) counts.delete(old);
        else counts.set(old, left);
      } else {
        filled += 1;
      }
      ring[head] = word;
      head = (head + 1) % window;
      counts.set(word, (counts.get(word) ?? 0) + 1);
      if (filled === window) {
        sum += counts.size / window;
        windows += 1;
      }
    },
    value() {
      if (windows > 0) return sum / windows;
      return filled > 0 ? counts.size / filled : 0;
    },
  };
}
