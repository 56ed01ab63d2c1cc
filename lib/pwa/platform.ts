/**
 * Where the service worker and the install offer apply. Pure, for the components in
 * components/pwa and their tests.
 */

/**
 * Pages a visitor reaches from someone else's share link: no service worker is registered from
 * them, so looking at a friend's Wrapped installs nothing and downloads no models.
 */
export function isSharePage(pathname: string): boolean {
  return pathname === '/share' || pathname.startsWith('/share/') || pathname.startsWith('/s/');
}

export interface PlatformHints {
  userAgent: string;
  /** `navigator.maxTouchPoints`: iPadOS reports itself as a Mac with touch. */
  maxTouchPoints: number;
}

/**
 * iOS and iPadOS have no install prompt (no `beforeinstallprompt`): the app is added from the
 * share menu, which is what the hint tells the user.
 */
export function isIos({ userAgent, maxTouchPoints }: PlatformHints): boolean {
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  return /\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1;
}
