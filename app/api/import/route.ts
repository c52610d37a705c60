// POST /api/import: restore an exported file into an empty profile; anything else is refused with the reason.
import { importProgress } from '@/lib/db/transfer';
import { readJsonBody } from '@/lib/study/http';
import { currentLearner } from '@/lib/study/learner';

const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_IMPORT_BYTES);
  if (!body.ok) return Response.json({ ok: false, message: body.error }, { status: body.status });
  const { db, learner } = await currentLearner();
  const result = await importProgress(db, learner, body.data);
  if (!result.ok) {
    return Response.json(
      {
        ok: false,
        message: {
          en: `${result.reason} Nothing was imported.`,
          ko: `가져오지 못했습니다: ${result.reason} 아무것도 저장하지 않았습니다.`,
        },
      },
      { status: 422 },
    );
  }
  return Response.json({
    ...result,
    message: {
      en: `Imported ${result.cards} cards, ${result.reviews} reviews and ${result.attempts} attempts.`,
      ko: `카드 ${result.cards}장, 복습 ${result.reviews}건, 풀이 ${result.attempts}건을 가져왔습니다.`,
    },
  });
}
