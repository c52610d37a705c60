// Every learner-facing text in one language: notes, cards, generated exercises, diagnoses and the interface.
import { loadConcepts } from '@/lib/content';
import { generators } from '@/lib/exercises';
import * as exerciseMessages from '@/lib/exercises/messages';
import { messagesFor } from '@/lib/i18n/messages';

export type Lang = 'ko' | 'en';
export type Text = { where: string; text: string };

const SEEDS = [0, 1, 2, 7];
const LEVELS = [1, 2, 3] as const;

/** A message function's text for sample arguments: counts, words or lists, whichever it takes. */
const SAMPLE_ARGS: unknown[][] = [
  [2, 3, 'x', 'x'],
  ['x', 'x', 'x', 'x'],
  [
    [1, 2],
    [1, 2],
    [1, 2],
    [1, 2],
  ],
];
function sample(fn: (...args: unknown[]) => unknown): unknown {
  for (const args of SAMPLE_ARGS) {
    try {
      return fn(...args);
    } catch {}
  }
  throw new Error(`no sample arguments fit ${fn.name || 'a message function'}`);
}

/** Strings inside a value: a `{ko, en}` pair gives its `lang` side; functions are called with sample arguments. */
function strings(value: unknown, lang: Lang, where: string, out: Text[]): Text[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function')
    strings(sample(value as (...args: unknown[]) => unknown), lang, where, out);
  else if (Array.isArray(value))
    value.forEach((v, i) => {
      strings(v, lang, `${where}[${i}]`, out);
    });
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.ko === 'string' && typeof o.en === 'string' && Object.keys(o).length === 2)
      out.push({ where: `${where}.${lang}`, text: o[lang] as string });
    else for (const [k, v] of Object.entries(o)) strings(v, lang, `${where}.${k}`, out);
  }
  return out;
}

/** Concept titles, note bodies and card faces. */
export function contentTexts(lang: Lang): Text[] {
  return loadConcepts().flatMap((c) => [
    { where: `${c.slug} title`, text: c.title[lang] },
    { where: `${c.slug} body`, text: c.body[lang] },
    ...c.cards.flatMap((card) => [
      { where: `${card.id} front`, text: card.front[lang] },
      { where: `${card.id} back`, text: card.back[lang] },
    ]),
  ]);
}

/** Titles, level descriptions, mistakes, and generated prompts, answer formats, solutions, choices and their explanations. */
export function generatorTexts(lang: Lang): Text[] {
  return generators.flatMap((g) => [
    { where: `${g.id} title`, text: g.title[lang] },
    ...LEVELS.map((level) => ({
      where: `${g.id} level ${level} description`,
      text: g.levels[level][lang],
    })),
    ...('catalog' in g ? g.catalog : []).flatMap((m) => [
      { where: `${g.id} mistake ${m.id} name`, text: m.name[lang] },
      { where: `${g.id} mistake ${m.id} explanation`, text: m.explanation[lang] },
    ]),
    ...LEVELS.flatMap((level) =>
      SEEDS.flatMap((seed) => {
        const ex = g.generate(seed, level);
        const where = `${g.id} seed ${seed} level ${level}`;
        return [
          { where: `${where} prompt`, text: ex.prompt[lang] },
          { where: `${where} format`, text: ex.answerFormat[lang] },
          ...ex.solution.map((s, i) => ({ where: `${where} step ${i}`, text: s.explain[lang] })),
          ...(ex.kind === 'choice'
            ? [
                { where: `${where} figure`, text: ex.figure.description[lang] },
                ...ex.choices.map((c) => ({
                  where: `${where} choice ${c.id}`,
                  text: c.label[lang],
                })),
                ...(ex.items ?? []).map((item, i) => ({
                  where: `${where} item ${i}`,
                  text: item[lang],
                })),
                ...Object.entries(ex.explanations).map(([id, e]) => ({
                  where: `${where} explanation ${id}`,
                  text: e[lang],
                })),
              ]
            : []),
          ...(ex.parts ?? []).flatMap((part) => [
            { where: `${where} ${part.id} prompt`, text: part.prompt[lang] },
            ...part.solution.map((s, i) => ({
              where: `${where} ${part.id} step ${i}`,
              text: s.explain[lang],
            })),
          ]),
        ];
      }),
    ),
  ]);
}

/** The generators' solution formulas (TeX), which are the same in both languages. */
export function solutionTex(): Text[] {
  return generators.flatMap((g) =>
    LEVELS.flatMap((level) =>
      SEEDS.flatMap((seed) =>
        g.generate(seed, level).solution.map((s, i) => ({
          where: `${g.id} seed ${seed} level ${level} step ${i}`,
          text: s.tex,
        })),
      ),
    ),
  );
}

/** The interface: the dictionary of lib/i18n and the exercise checker's messages. */
export function interfaceTexts(lang: Lang): Text[] {
  return [
    ...strings(messagesFor(lang), lang, 'i18n', []),
    ...strings(exerciseMessages, lang, 'exercises/messages', []),
  ];
}

export function allTexts(lang: Lang): Text[] {
  return [...contentTexts(lang), ...generatorTexts(lang), ...interfaceTexts(lang)];
}
