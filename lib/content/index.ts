// Public API of lib/content: load and validate the concept notes and cards, render their Markdown.
export { type CardMove, cardMoves, cardMovesProblem, cardSuccessors } from './card-moves';
export { CLOZE_BLANK, clozeFaces, parseCloze } from './cloze';
export { type GlossaryEntry, glossary, glossaryViolations, koreanProse } from './glossary';
export {
  conceptsByTopic,
  defaultConceptsDir,
  formatIssuePath,
  getConcept,
  loadConcepts,
} from './load';
export { renderInline, renderMarkdown, renderNote, renderTex } from './render';
export {
  type Card,
  type CardSource,
  type Concept,
  EXERCISE_IDS,
  type ExerciseId,
  FIGURES,
  type Figure,
  type FrontMatter,
  frontMatterSchema,
  type Localized,
  TOPICS,
  type Topic,
} from './schema';
