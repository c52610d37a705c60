// POST /api/reviews: rate a card ({ submissionId, cardId, rating, expectedReps }); stored once per submissionId.
import { readJsonBody, respond } from '@/lib/study/http';
import { submitRating } from '@/lib/study/rate';

export async function POST(request: Request) {
  const body = await readJsonBody(request);
  return respond(body.ok ? await submitRating(body.data) : body);
}
