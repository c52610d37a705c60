// GET /api/export: the learner's whole progress as versioned JSON, as a file download.
import { exportProgress } from '@/lib/db/transfer-export';
import { currentLearner } from '@/lib/study/learner';

export const dynamic = 'force-dynamic';

export async function GET() {
  const now = new Date();
  const { db, learner } = await currentLearner(now);
  const data = await exportProgress(db, learner, now);
  return new Response(JSON.stringify(data), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="backprop-progress-${now.toISOString().slice(0, 10)}.json"`,
    },
  });
}
