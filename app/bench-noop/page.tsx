// /bench-noop: a page that renders nothing of its own, served only when BACKPROP_BENCH=1, so
// `npm run bench` can compare the review page and a rating with the framework's own floor.
import { notFound } from 'next/navigation';
import { NoopButton } from './NoopButton';

export const dynamic = 'force-dynamic';

export default function NoopPage() {
  if (process.env.BACKPROP_BENCH !== '1') notFound();
  return <NoopButton />;
}
