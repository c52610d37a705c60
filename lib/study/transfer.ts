// Importing an exported progress file: restore it into the learner's empty profile, or say why not.
import { cardSuccessors } from '../content';
import { importProgress } from '../db/transfer-restore';
import type { ImportRefusal } from '../db/transfer-validate';
import { inBothLanguages, type Messages } from '../i18n/messages';
import type { Refusal } from './errors';
import { describeIssues } from './issues';
import { currentLearner } from './learner';

export type ImportOutcome =
  | {
      ok: true;
      cards: number;
      reviews: number;
      attempts: number;
      message: { ko: string; en: string };
    }
  | Refusal;

function reason(refusal: ImportRefusal, m: Messages): string {
  switch (refusal.code) {
    case 'version':
      return m.transfer.version(JSON.stringify(refusal.found) ?? 'undefined', refusal.expected);
    case 'shape':
      return m.transfer.notExport(describeIssues(refusal.error, m, 'file'));
    case 'timezone':
      return m.transfer.timezone(refusal.timezone);
    case 'duplicate-card':
      return m.transfer.duplicateCard(refusal.card);
    case 'duplicate-submission':
      return m.transfer.duplicateSubmission(refusal.submissionId);
    case 'unknown-card':
      return m.transfer.unknownCard(refusal.submissionId);
    case 'memory-state':
      return m.transfer.memoryState(refusal.card, refusal.stability, refusal.difficulty);
    case 'future':
      return m.transfer.future(refusal.card, refusal.at.toISOString());
    case 'not-empty':
      return m.transfer.notEmpty;
    case 'taken':
      return m.transfer.taken;
  }
}

/** Why a file was not imported, in both languages: 409 over existing progress, 422 for the file. */
export function importRefusal(refusal: ImportRefusal): Refusal {
  return {
    ok: false,
    status: refusal.code === 'not-empty' || refusal.code === 'taken' ? 409 : 422,
    error: inBothLanguages((m) => m.transfer.refused(reason(refusal, m))),
  };
}

/** Imports a parsed JSON body; a refusal says why in both languages, and nothing is written. */
export async function submitImport(data: unknown): Promise<ImportOutcome> {
  const { db, learner } = await currentLearner();
  const result = await importProgress(db, learner, data, cardSuccessors());
  if (!result.ok) return importRefusal(result.refusal);
  const { cards, reviews, attempts } = result;
  return {
    ok: true,
    cards,
    reviews,
    attempts,
    message: inBothLanguages((m) => m.transfer.imported(cards, reviews, attempts)),
  };
}
