// GET /api/health: answers once the server can reach its database.
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function GET() {
  const db = await getDb();
  await db.$queryRawUnsafe('SELECT 1');
  return Response.json({ ok: true });
}
