// GET /cards/export?lang=ko|en|both&history=1: the concept cards as an Anki package (.apkg).
import { exportAnkiPackage } from '@/lib/study/anki-export';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { bytes, filename } = await exportAnkiPackage({
    lang: params.get('lang') ?? undefined,
    history: params.get('history') ?? undefined,
  });
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
