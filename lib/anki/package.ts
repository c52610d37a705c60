// Writes an Anki package (.apkg): a zip of `collection.anki2` (Anki's SQLite collection, schema 11,
// as documented for the legacy package format) and an empty `media` map. Basic and Cloze note types.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { zipSync } from 'fflate';

export interface AnkiNote {
  /** A stable key: the same key gives the same note id and guid, so a re-import updates the note. */
  key: string;
  type: 'basic' | 'cloze';
  /** Basic: [Front, Back]; Cloze: [Text, Back Extra]. HTML. */
  fields: [string, string];
  tags: string[];
  /** The card's schedule and its log, when the learner's history is included. */
  schedule?: AnkiSchedule;
}

export interface AnkiSchedule {
  /** 0 new, 1 learning, 2 review, 3 relearning (Anki's card types match FSRS's states). */
  type: number;
  due: Date;
  intervalDays: number;
  reps: number;
  lapses: number;
  stability: number;
  difficulty: number;
  desiredRetention: number;
  suspended: boolean;
  reviews: {
    at: Date;
    rating: number;
    /** The state before the rating: 0 new and 1 learning log as learning, 2 review, 3 relearning. */
    state: number;
    intervalDays: number;
    lastIntervalDays: number;
    durationMs: number;
  }[];
}

export interface AnkiDeck {
  name: string;
  description: string;
  notes: AnkiNote[];
  /** The collection's creation time: review cards' due days count from it. */
  created: Date;
}

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function hash(text: string): Buffer {
  return createHash('sha1').update(text).digest();
}

/** A positive 48-bit id from a key (ids in Anki are millisecond-like integers). */
function idFor(key: string): number {
  return 1_000_000_000_000 + (hash(key).readUIntBE(0, 6) % 900_000_000_000);
}

/** Anki's checksum of a note: the first 8 hex digits of the SHA-1 of its sort field without HTML. */
function checksum(field: string): number {
  return Number.parseInt(
    hash(field.replace(/<[^>]*>/g, ''))
      .toString('hex')
      .slice(0, 8),
    16,
  );
}

const CSS = `.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.cloze { font-weight: bold; color: blue; }`;

function model(
  id: number,
  name: string,
  type: 0 | 1,
  fields: string[],
  deckId: number,
  now: number,
) {
  const template =
    type === 1
      ? { qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' }
      : { qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' };
  return {
    id,
    name,
    type,
    mod: now,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: type === 1 ? 'Cloze' : 'Card 1',
        ord: 0,
        ...template,
        did: null,
        bqfmt: '',
        bafmt: '',
      },
    ],
    flds: fields.map((field, ord) => ({
      name: field,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

function deckJson(id: number, name: string, description: string, now: number) {
  return {
    id,
    name,
    desc: description,
    mod: now,
    usn: -1,
    dyn: 0,
    conf: 1,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

const DECK_OPTIONS = {
  1: {
    id: 1,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      delays: [1, 10],
      ints: [1, 4, 0],
      initialFactor: 2500,
      order: 1,
      perDay: 20,
      bury: false,
    },
    rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  },
};

/** The .apkg bytes of a deck. */
export function writeApkg(deck: AnkiDeck): Uint8Array {
  const db = new Database(':memory:');
  try {
    db.exec(SCHEMA);
    const now = Math.floor(deck.created.getTime() / 1000);
    const nowMs = deck.created.getTime();
    const crt = Math.floor(deck.created.getTime() / 1000);
    const deckId = idFor(`deck:${deck.name}`);
    const basicId = idFor('model:Backprop Basic');
    const clozeId = idFor('model:Backprop Cloze');
    const models = {
      [basicId]: model(basicId, 'Backprop Basic', 0, ['Front', 'Back'], deckId, now),
      [clozeId]: model(clozeId, 'Backprop Cloze', 1, ['Text', 'Back Extra'], deckId, now),
    };
    const decks = {
      1: deckJson(1, 'Default', '', now),
      [deckId]: deckJson(deckId, deck.name, deck.description, now),
    };
    const conf = {
      nextPos: deck.notes.length + 1,
      estTimes: true,
      activeDecks: [deckId],
      sortType: 'noteFld',
      timeLim: 0,
      sortBackwards: false,
      addToCur: true,
      curDeck: deckId,
      newSpread: 0,
      dueCounts: true,
      curModel: basicId,
      collapseTime: 1200,
    };
    db.prepare('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)').run(
      crt,
      nowMs,
      nowMs,
      JSON.stringify(conf),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify(DECK_OPTIONS),
      '{}',
    );
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare(
      'INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)',
    );
    const insertReview = db.prepare(
      'INSERT OR IGNORE INTO revlog VALUES (?, ?, -1, ?, ?, ?, 0, ?, ?)',
    );
    const dayMs = 86_400_000;
    db.transaction(() => {
      deck.notes.forEach((note, position) => {
        const noteId = idFor(`note:${note.key}`);
        const cardId = idFor(`card:${note.key}`);
        const guid = hash(`guid:${note.key}`).toString('base64').slice(0, 10);
        const tags = note.tags.length > 0 ? ` ${note.tags.join(' ')} ` : '';
        insertNote.run(
          noteId,
          guid,
          note.type === 'cloze' ? clozeId : basicId,
          now,
          tags,
          note.fields.join('\x1f'),
          note.fields[0].replace(/<[^>]*>/g, ''),
          checksum(note.fields[0]),
        );
        const s = note.schedule;
        if (!s || s.type === 0) {
          insertCard.run(
            cardId,
            noteId,
            deckId,
            now,
            0,
            s?.suspended ? -1 : 0,
            position + 1,
            0,
            0,
            0,
            0,
            '',
          );
          return;
        }
        // Learning cards are due at a time (seconds); review cards on a day counted from the collection's start.
        const due =
          s.type === 2
            ? Math.max(0, Math.floor((s.due.getTime() - crt * 1000) / dayMs))
            : Math.floor(s.due.getTime() / 1000);
        const data = JSON.stringify({
          s: Number(s.stability.toFixed(4)),
          d: Number(s.difficulty.toFixed(4)),
          dr: s.desiredRetention,
        });
        insertCard.run(
          cardId,
          noteId,
          deckId,
          now,
          s.type,
          s.suspended ? -1 : s.type === 2 ? 2 : 1,
          due,
          Math.max(0, s.intervalDays),
          2500,
          s.reps,
          s.lapses,
          data,
        );
        for (const review of s.reviews) {
          insertReview.run(
            review.at.getTime(),
            cardId,
            review.rating,
            review.intervalDays,
            review.lastIntervalDays,
            Math.min(review.durationMs, 60_000),
            review.state <= 1 ? 0 : review.state === 2 ? 1 : 2,
          );
        }
      });
    })();
    return zipSync({
      'collection.anki2': new Uint8Array(db.serialize()),
      media: new TextEncoder().encode('{}'),
    });
  } finally {
    db.close();
  }
}
