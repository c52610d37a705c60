// Checks a picked option (or, for a multi-match question, the picked ids in order) and explains it.

import { withParticle } from '@/lib/i18n/particle';
import { invalid, verdict } from '../messages';
import type { Check, ChoiceExercise, Localized } from '../types';

const notAChoice = (ids: string[]): Localized => ({
  ko: `보기 ${ids.join(', ')} 중에서 고르세요.`,
  en: `Pick one of the options ${ids.join(', ')}.`,
});

const wrongCount = (count: number): Localized => ({
  ko: `항목마다 하나씩, 보기 문자 ${count}개를 쉼표로 구분해 입력하세요.`,
  en: `Give ${count} option letters, one per item, separated by commas.`,
});

function picks(exercise: ChoiceExercise, input: string): string[] | Localized {
  const ids = exercise.choices.map((c) => c.id);
  const text = input.trim().toLowerCase();
  if (text === '') return invalid.empty;
  if (text.length > 100) return invalid.tooLong;
  const parts = exercise.items ? text.split(/[\s,]+/).filter((p) => p !== '') : [text];
  if (parts.some((p) => !ids.includes(p))) return notAChoice(ids);
  if (exercise.items && parts.length !== exercise.items.length)
    return wrongCount(exercise.items.length);
  return parts;
}

/** The verdict on a choice, with the explanation of the picked option (or of each wrong match). */
export function checkChoice(exercise: ChoiceExercise, input: string): Check {
  try {
    const picked = picks(exercise, typeof input === 'string' ? input : '');
    if (!Array.isArray(picked)) return { status: 'invalid', message: { ...picked } };
    const right = exercise.answer.value;
    const shown = { expected: exercise.answer.display, solution: exercise.solution };
    const wrong = picked.map((_id, i) => i).filter((i) => picked[i] !== right[i]);
    const explain = (id: string): Localized => exercise.explanations[id];
    if (wrong.length === 0) {
      return {
        status: 'correct',
        message: { ...verdict.correct },
        explanation: picked.map(explain),
        ...shown,
      };
    }
    const items = exercise.items;
    const explanation = items
      ? wrong.map((i) => ({
          ko: `${items[i].ko}: ${withParticle(picked[i], '이')} 아니라 ${right[i]}입니다. ${picked[i]}: ${explain(picked[i]).ko}`,
          en: `${items[i].en}: not ${picked[i]} but ${right[i]}. ${picked[i]}: ${explain(picked[i]).en}`,
        }))
      : [explain(picked[0])];
    return { status: 'incorrect', message: { ...verdict.incorrect }, explanation, ...shown };
  } catch {
    return { status: 'invalid', message: { ...invalid.unreadable } };
  }
}
