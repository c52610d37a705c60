// POST /api/auth/sign-up (shared mode): { email, password, inviteCode? } -> an account and its session cookie.
import { isSharedMode } from '@/lib/auth/settings';
import { signUp } from '@/lib/study/account';
import { readJsonBody, respond } from '@/lib/study/http';

export async function POST(request: Request) {
  if (!isSharedMode()) return new Response(null, { status: 404 });
  const body = await readJsonBody(request);
  return respond(body.ok ? await signUp(body.data, request.headers) : body);
}
