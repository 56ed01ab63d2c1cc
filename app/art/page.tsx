import type { Metadata } from 'next';
import { ArtStudio } from '@/components/art/ArtStudio';

export const metadata: Metadata = { title: 'Cover art · AI Wrapped' };

export default function ArtPage() {
  return <ArtStudio />;
}
