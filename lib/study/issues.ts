// zod's issues reworded in the learner's language: "field: what is wrong", with no text of zod's own.
import type { z } from 'zod';
import type { Messages } from '../i18n/messages';

type Issue = z.core.$ZodIssue;
type Words = Messages['requests']['issues'];

const LIST_LIMIT = 6;

/** A short list of values or keys: the first few, then "…". */
function list(values: readonly unknown[]): string {
  const shown = values.slice(0, LIST_LIMIT).map((value) => JSON.stringify(value) ?? String(value));
  return values.length > LIST_LIMIT ? `${shown.join(', ')}, …` : shown.join(', ');
}

function typeWords(expected: string, w: Words): string {
  return expected in w.type ? w.type[expected as keyof Words['type']] : w.type.other;
}

/** What is wrong with the value an issue concerns, without the field's name. */
export function describeProblem(issue: Issue, w: Words): string {
  const field = issue.path.at(-1);
  switch (issue.code) {
    case 'invalid_type':
      return typeWords(issue.expected, w);
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string') return w.minLength(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.minItems(n);
      return issue.inclusive === false ? w.moreThan(n) : w.atLeast(n);
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return w.maxLength(n);
      if (issue.origin === 'array' || issue.origin === 'set') return w.maxItems(n);
      return issue.inclusive === false ? w.lessThan(n) : w.atMost(n);
    }
    case 'invalid_value':
      return w.oneOf(list(issue.values));
    case 'unrecognized_keys':
      return w.unknownFields(list(issue.keys));
    case 'invalid_format':
      if (field === 'submissionId') return w.submissionId;
      if (field === 'day') return w.day;
      if (issue.format === 'datetime') return w.dateTime;
      return w.format;
    default:
      return w.invalid;
  }
}

/** One line about the first problem: "field: what is wrong", or the request or file as a whole. */
export function describeIssues(error: z.ZodError, m: Messages, whole: 'request' | 'file'): string {
  const issue = error.issues[0];
  const w = m.requests.issues;
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : w[whole];
  return `${where}: ${describeProblem(issue, w)}`;
}
