// GET /api/review/next: the next card due and today's counts, as JSON (what /review renders).
import { negotiateLocale } from '@/lib/i18n/locale';
import { loadReviewScreen } from '@/lib/study/review';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const screen = await loadReviewScreen(negotiateLocale(request.headers.get('accept-language')));
  return Response.json(screen);
}
