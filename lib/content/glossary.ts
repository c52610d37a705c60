// The glossary (content/glossary.json): one Korean term per concept, its English term, the variants to avoid.
import { z } from 'zod';
import raw from '../../content/glossary.json';

const entrySchema = z.strictObject({
  ko: z.string().min(1),
  en: z.string().min(1),
  /** Spellings or English words a Korean sentence should not use for this concept. */
  avoid: z.array(z.string().min(1)),
  /** false: never annotate the term with its English (too short or too common a word). */
  gloss: z.boolean().optional(),
});

export type GlossaryEntry = z.infer<typeof entrySchema>;

const glossarySchema = z.array(entrySchema).superRefine((entries, ctx) => {
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const prev = seen.get(e.ko);
    if (prev !== undefined)
      ctx.addIssue({ code: 'custom', path: [i, 'ko'], message: `"${e.ko}" is also entry ${prev}` });
    seen.set(e.ko, i);
  });
  const terms = new Set(entries.map((e) => e.ko));
  entries.forEach((e, i) => {
    e.avoid.forEach((a, j) => {
      if (terms.has(a))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'avoid', j],
          message: `"${a}" is itself a glossary term`,
        });
    });
  });
});

function parseGlossary(): GlossaryEntry[] {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`content/glossary.json: [${issue.path.join('.')}]: ${issue.message}`);
  }
  return result.data;
}

/** Every glossary entry, validated once. */
export const glossary: readonly GlossaryEntry[] = parseGlossary();

const HANGUL = /[\uAC00-\uD7A3]/;

/** Math, code, quotations of the notes and English glosses in parentheses are not Korean prose. */
export function koreanProse(text: string): string {
  let out = text
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/"[^"\n]*"|“[^”\n]*”/g, ' ');
  // innermost parentheses first, so that "(an English gloss (with parentheses))" goes as a whole
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(/\(([^()]*)\)/g, (_all, inner: string) =>
      HANGUL.test(inner) ? `⟨${inner}⟩` : ' ',
    );
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for an avoided variant: English words whole-word and case-insensitive, Korean as written. */
function variantPattern(variant: string): RegExp {
  if (HANGUL.test(variant)) return new RegExp(escapeRegExp(variant), 'g');
  return new RegExp(`(?<![A-Za-z-])${escapeRegExp(variant)}(?![A-Za-z])`, 'gi');
}

const checks = glossary.flatMap((entry) =>
  entry.avoid.map((variant) => ({ entry, variant, pattern: variantPattern(variant) })),
);

/** The avoided variants a Korean text uses, each with the term to use instead. */
export function glossaryViolations(text: string): { variant: string; use: string }[] {
  const prose = koreanProse(text);
  return checks.flatMap(({ entry, variant, pattern }) =>
    [...prose.matchAll(pattern)].map(() => ({ variant, use: entry.ko })),
  );
}
