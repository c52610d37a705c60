// POST /api/import: restore an exported file into an empty profile, one import at a time; anything else is refused with the reason.
import { MAX_IMPORT_BYTES, readJsonBody, respond } from '@/lib/study/http';
import { oneImportAtATime } from '@/lib/study/import-gate';
import { submitImport } from '@/lib/study/transfer';

export async function POST(request: Request) {
  return respond(
    await oneImportAtATime(async () => {
      const body = await readJsonBody(request, MAX_IMPORT_BYTES);
      return body.ok ? await submitImport(body.data) : body;
    }),
  );
}
