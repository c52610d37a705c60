// POST /api/auth/sign-out (shared mode): ends the request's session and clears its cookie.
import { isSharedMode } from '@/lib/auth/settings';
import { signOut } from '@/lib/study/account';
import { readJsonBody, respond } from '@/lib/study/http';

export async function POST(request: Request) {
  if (!isSharedMode()) return new Response(null, { status: 404 });
  const body = await readJsonBody(request);
  return respond(body.ok ? await signOut(request.headers) : body);
}
