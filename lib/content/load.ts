// Loads content/concepts/*.md: parses front matter, validates it, splits the bilingual body, builds cards.
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { clozeFaces } from './cloze';
import { type Card, type Concept, frontMatterSchema, TOPICS, type Topic } from './schema';

const KO_MARKER = '<!-- ko -->';
const EN_MARKER = '<!-- en -->';

/** The repository's `content/concepts`, found from `process.cwd()` or the nearest parent holding it. */
export function defaultConceptsDir(): string {
  let dir = process.cwd();
  for (;;) {
    const candidate = path.join(/*turbopackIgnore: true*/ dir, 'content', 'concepts');
    if (
      fs.existsSync(candidate) &&
      fs.existsSync(path.join(/*turbopackIgnore: true*/ dir, 'package.json'))
    ) {
      return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      return path.join(/*turbopackIgnore: true*/ process.cwd(), 'content', 'concepts');
    dir = parent;
  }
}

/** A path as shown in error messages: relative to the working directory when inside it. */
function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
    ? rel.split(path.sep).join('/')
    : file;
}

/** `['cards', 2, 'front', 'en']` -> `cards[2].front.en`. */
export function formatIssuePath(issuePath: readonly PropertyKey[]): string {
  let out = '';
  for (const key of issuePath) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(front matter)' : out;
}

function zodMessage(file: string, error: z.ZodError): string {
  const lines = error.issues.map((i) => {
    const missing = i.code === 'invalid_type' && i.message.endsWith('received undefined');
    return `${file}: ${formatIssuePath(i.path)}: ${missing ? 'Required' : i.message}`;
  });
  return lines.join('\n');
}

/** Splits the body at the lines `<!-- ko -->` and `<!-- en -->` (each exactly once, in that order). */
function splitBody(file: string, body: string): { ko: string; en: string } {
  const lines = body.split(/\r?\n/);
  const find = (marker: string): number => {
    const at = lines.flatMap((l, i) => (l.trim() === marker ? [i] : []));
    if (at.length === 0) throw new Error(`${file}: body: missing the line ${marker}`);
    if (at.length > 1)
      throw new Error(`${file}: body: the line ${marker} occurs ${at.length} times`);
    return at[0];
  };
  const ko = find(KO_MARKER);
  const en = find(EN_MARKER);
  if (en < ko) throw new Error(`${file}: body: ${KO_MARKER} must come before ${EN_MARKER}`);
  if (lines.slice(0, ko).some((l) => l.trim() !== '')) {
    throw new Error(`${file}: body: text before ${KO_MARKER}`);
  }
  const out = {
    ko: lines
      .slice(ko + 1, en)
      .join('\n')
      .trim(),
    en: lines
      .slice(en + 1)
      .join('\n')
      .trim(),
  };
  if (out.ko === '') throw new Error(`${file}: body.ko: must not be empty`);
  if (out.en === '') throw new Error(`${file}: body.en: must not be empty`);
  return out;
}

function parseFile(file: string, source: string): Concept {
  const shown = displayPath(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    // an empty options object keeps gray-matter from caching (and sharing) the parsed result
    parsed = matter(source, {});
  } catch (e) {
    throw new Error(`${shown}: front matter: invalid YAML: ${(e as Error).message}`);
  }
  const result = frontMatterSchema.safeParse(parsed.data);
  if (!result.success) throw new Error(zodMessage(shown, result.error));
  const data = result.data;
  const expected = path.basename(file, '.md');
  if (data.slug !== expected) {
    throw new Error(`${shown}: slug: "${data.slug}" must equal the file name "${expected}"`);
  }
  if (data.related.includes(data.slug)) {
    throw new Error(`${shown}: related: a concept cannot be related to itself`);
  }
  const cards: Card[] = data.cards.map((c) => {
    if (c.kind === 'basic') return { id: c.id, kind: 'basic', front: c.front, back: c.back };
    const ko = clozeFaces(c.text.ko);
    const en = clozeFaces(c.text.en);
    return {
      id: c.id,
      kind: 'cloze',
      front: { ko: ko.front, en: en.front },
      back: { ko: ko.back, en: en.back },
    };
  });
  return {
    slug: data.slug,
    topic: data.topic,
    order: data.order,
    title: data.title,
    body: splitBody(shown, parsed.content),
    cards,
    exercises: data.exercises,
    related: data.related,
    ...(data.figure ? { figure: data.figure } : {}),
    sourceHeadings: data.sourceHeadings,
  };
}

/** Checks across files: unique slugs, orders and card ids; related slugs exist. */
function checkAll(concepts: { file: string; concept: Concept }[]): void {
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  const cardIds = new Map<string, string>();
  for (const { file, concept } of concepts) {
    const prevSlug = slugs.get(concept.slug);
    if (prevSlug) throw new Error(`${file}: slug: "${concept.slug}" is also used by ${prevSlug}`);
    slugs.set(concept.slug, file);
    const prevOrder = orders.get(concept.order);
    if (prevOrder) throw new Error(`${file}: order: ${concept.order} is also used by ${prevOrder}`);
    orders.set(concept.order, file);
    concept.cards.forEach((card, i) => {
      const prev = cardIds.get(card.id);
      if (prev) throw new Error(`${file}: cards[${i}].id: "${card.id}" is also used by ${prev}`);
      cardIds.set(card.id, file);
    });
  }
  for (const { file, concept } of concepts) {
    concept.related.forEach((slug, i) => {
      if (!slugs.has(slug)) throw new Error(`${file}: related[${i}]: no concept "${slug}"`);
    });
  }
}

let cache: Concept[] | undefined;

/**
 * Every concept in `dir` (default: the repository's `content/concepts`), sorted by `order`.
 * Throws an Error naming the file and the field when a file is malformed.
 * The default directory's result is cached for the life of the process.
 */
export function loadConcepts(dir?: string): Concept[] {
  const useCache = dir === undefined;
  if (useCache && cache) return cache;
  const root = dir ?? defaultConceptsDir();
  if (!fs.existsSync(/*turbopackIgnore: true*/ root))
    throw new Error(`${displayPath(root)}: no such content directory`);
  const files = fs
    .readdirSync(/*turbopackIgnore: true*/ root)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => path.join(/*turbopackIgnore: true*/ root, f));
  const loaded = files.map((file) => ({
    file: displayPath(file),
    concept: parseFile(file, fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')),
  }));
  checkAll(loaded);
  const concepts = loaded.map((l) => l.concept).sort((a, b) => a.order - b.order);
  if (useCache) cache = concepts;
  return concepts;
}

/** The concept with this slug, or undefined. */
export function getConcept(slug: string, dir?: string): Concept | undefined {
  return loadConcepts(dir).find((c) => c.slug === slug);
}

/** The concepts grouped by topic, topics in course order, empty topics left out. */
export function conceptsByTopic(dir?: string): { topic: Topic; concepts: Concept[] }[] {
  const all = loadConcepts(dir);
  return TOPICS.map((topic) => ({ topic, concepts: all.filter((c) => c.topic === topic) })).filter(
    (g) => g.concepts.length > 0,
  );
}
