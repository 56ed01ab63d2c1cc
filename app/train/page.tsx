import type { Metadata } from 'next';
import { TrainPage } from '@/components/train/TrainPage';

export const metadata: Metadata = { title: 'Train · AI Wrapped' };

export default function Train() {
  return <TrainPage />;
}
