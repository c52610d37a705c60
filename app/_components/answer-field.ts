// The attributes every answer box shares: plain text that no keyboard corrects, capitalizes or completes.

/**
 * An answer is numbers, brackets and separators: a phone must not capitalize `e` or "correct" it,
 * a browser must not offer earlier entries or underline it as misspelt, and the keyboard stays
 * the full one, since `[`, `,` and `;` are part of an answer.
 */
export const ANSWER_FIELD = {
  type: 'text',
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
  spellCheck: false,
  inputMode: 'text',
  className: 'answer-input',
} as const;
