// POST /api/attempts: check an answer to a generated exercise ({ submissionId, generatorId, seed, level, input }).
import { negotiateLocale } from '@/lib/i18n/locale';
import { submitAnswer } from '@/lib/study/check';
import { readJsonBody, respond } from '@/lib/study/http';

export async function POST(request: Request) {
  const body = await readJsonBody(request);
  const locale = negotiateLocale(request.headers.get('accept-language'));
  return respond(body.ok ? await submitAnswer(body.data, locale) : body);
}
