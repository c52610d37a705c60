// POST /api/reviews/undo: take back the latest rating ({ submissionId } of that rating).
import { readJsonBody, respond } from '@/lib/study/http';
import { submitUndo } from '@/lib/study/rate';

export async function POST(request: Request) {
  const body = await readJsonBody(request);
  return respond(body.ok ? await submitUndo(body.data) : body);
}
