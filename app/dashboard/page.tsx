import type { Metadata } from 'next';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { DataActions } from '@/components/data/DataActions';

export const metadata: Metadata = { title: 'Dashboard · AI Wrapped' };

export default function DashboardPage() {
  return <Dashboard headerActions={<DataActions />} />;
}
