import type { Metadata } from 'next';
import { StoryPage } from '@/components/story/StoryPage';

export const metadata: Metadata = { title: 'Your AI Wrapped' };

export default function WrappedPage() {
  return <StoryPage />;
}
