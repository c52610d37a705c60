// The English refusals of requests (and the issues they list) and the error pages.

export const requests = {
  notJson: 'The body is not valid JSON. Nothing was saved.',
  crossOrigin: 'Requests from another site or origin are refused. Nothing was saved.',
  wrongHost:
    'This app answers only requests addressed to this machine (localhost, 127.0.0.1 or [::1]). To reach it under another name, list that name in BACKPROP_ALLOWED_HOSTS.',
  notJsonType: 'Send the body as JSON (Content-Type: application/json). Nothing was saved.',
  tooLarge: (size: string) => `The body is larger than ${size}. Nothing was saved.`,
  invalid: (detail: string) => `The request is not valid (${detail}). Nothing was saved.`,
  cardNotFound: (cardId: number) => `There is no card ${cardId}. Nothing was saved.`,
  submissionNotFound: (id: string) => `There is no submission ${id} of yours. Nothing was saved.`,
  ratedAlready:
    'This card was rated already (in another tab?). Reload to continue. Nothing was saved.',
  cardSuspended:
    'This card is suspended, so it is not reviewed: unsuspend it in the card browser first. Nothing was saved.',
  notLatest: 'Only the most recent rating can be undone. Nothing was changed.',
  noChange: 'There is no such change to undo (it was undone already?). Nothing was changed.',
  changedSince:
    'The card was rated or changed again since; undo the later change first. Nothing was changed.',
  unknownExercise: (id: string) => `There is no exercise called ${id}.`,
  attemptConflict:
    'These answers belong to another exercise than the one they were sent for. Reload the page. Nothing was saved.',
  /** One problem of a request or file, after the field it concerns (zod's issues, reworded). */
  issues: {
    request: 'request',
    file: 'file',
    type: {
      number: 'must be a number',
      int: 'must be a whole number',
      string: 'must be text',
      object: 'must be an object',
      array: 'must be a list',
      boolean: 'must be true or false',
      other: 'has the wrong type',
    },
    atLeast: (n: string) => `must be at least ${n}`,
    moreThan: (n: string) => `must be more than ${n}`,
    atMost: (n: string) => `must be at most ${n}`,
    lessThan: (n: string) => `must be less than ${n}`,
    minLength: (n: string) => `must be at least ${n} characters long`,
    maxLength: (n: string) => `must be at most ${n} characters long`,
    minItems: (n: string) => `must have at least ${n} entries`,
    maxItems: (n: string) => `must have at most ${n} entries`,
    oneOf: (values: string) => `must be one of ${values}`,
    unknownFields: (keys: string) => `has unknown fields: ${keys}`,
    submissionId: 'must be 8 to 64 letters, digits, - or _',
    day: 'must be a day written like 2026-03-02',
    dateTime: 'must be a date and time written like 2026-03-02T09:00:00Z',
    format: 'is not written in the expected format',
    invalid: 'is not valid',
  },
};

export const errors = {
  notFound: 'This page does not exist.',
  badRequest: 'The request was not understood.',
  unexpected: 'Something went wrong on the server.',
  unexpectedHint:
    'This page could not be shown. Your saved progress is not affected. Try again; if it keeps happening, tell whoever runs this server, with the reference below.',
  retry: 'Try again',
  home: 'Home',
  reference: 'Reference',
};
