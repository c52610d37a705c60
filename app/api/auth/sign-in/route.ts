// POST /api/auth/sign-in (shared mode): { email, password } -> a session cookie, or 401 / 429.
import { isSharedMode } from '@/lib/auth/settings';
import { signIn } from '@/lib/study/account';
import { readJsonBody, respond } from '@/lib/study/http';

export async function POST(request: Request) {
  if (!isSharedMode()) return new Response(null, { status: 404 });
  const body = await readJsonBody(request);
  return respond(body.ok ? await signIn(body.data, request.headers) : body);
}
