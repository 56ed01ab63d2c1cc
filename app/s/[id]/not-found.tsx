import { ShareError } from '@/components/share/FragmentShare';

export default function ShortLinkNotFound() {
  return <ShareError title="This share link is gone" message="It never existed, it expired, or its owner deleted it. Short links last 1, 7 or 30 days." />;
}
