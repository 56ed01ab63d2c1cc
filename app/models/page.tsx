import type { Metadata } from 'next';
import { ModelsPage } from '@/components/models/ModelsPage';

export const metadata: Metadata = { title: 'Models · AI Wrapped' };

export default function Models() {
  return <ModelsPage />;
}
