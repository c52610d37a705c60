// GET /api/health: 200 once the server can reach its database, 503 (and the reason logged) while it cannot.
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe('SELECT 1');
    return Response.json({ ok: true });
  } catch (error) {
    console.error('Health check: the database cannot be reached:', error);
    return Response.json(
      { ok: false, error: 'The database cannot be reached.' },
      { status: 503, headers: { 'Retry-After': '5' } },
    );
  }
}
