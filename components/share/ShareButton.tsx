'use client';
/**
 * The system share sheet (Web Share API): the summary card as a PNG file where the browser can
 * share files, else the link alone. Hidden where the API is missing; Copy link covers that.
 */
import { useEffect, useState } from 'react';
import { useArt } from '@/components/art/useArt';
import type { ShareCardContent } from '@/lib/share/card-content';

interface ShareButtonProps {
  link: string;
  title: string;
  text?: string;
  summary: ShareCardContent;
}

export function ShareButton({ link, title, text, summary }: ShareButtonProps) {
  const art = useArt();
  const [supported, setSupported] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => setSupported(typeof navigator.share === 'function'), []);
  if (!supported) return null;

  const share = async () => {
    setMessage('');
    try {
      const { png } = await art.renderCard(summary, 'story');
      const file = new File([png], 'ai-wrapped.png', { type: 'image/png' });
      const data: ShareData = navigator.canShare?.({ files: [file] }) ? { title, text, url: link, files: [file] } : { title, text, url: link };
      await navigator.share(data);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'AbortError') return;
      // The card took long enough for the browser to forget the tap: one more tap shares.
      setMessage(name === 'NotAllowedError' ? 'Your browser needs one more tap to open the share sheet.' : `Sharing failed: ${(error as Error).message}`);
    }
  };

  return (
    <div>
      <button type="button" onClick={share} className="rounded-full bg-fuchsia-600 px-4 py-2 text-sm font-bold text-white hover:bg-fuchsia-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white" data-testid="share-native">
        Share…
      </button>
      {message ? (
        <p role="status" className="mt-1 text-xs text-amber-300">
          {message}
        </p>
      ) : null}
    </div>
  );
}
