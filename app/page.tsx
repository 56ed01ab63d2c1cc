import { Landing } from '@/components/import/Landing';

export default function HomePage() {
  return <Landing />;
}
