// POST /api/import: restore an exported file into an empty profile; anything else is refused with the reason.
import { MAX_IMPORT_BYTES, readJsonBody, respond } from '@/lib/study/http';
import { submitImport } from '@/lib/study/transfer';

export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_IMPORT_BYTES);
  return respond(body.ok ? await submitImport(body.data) : body);
}
