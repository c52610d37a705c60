// The glossary holds one Korean term per concept; no Korean text uses a variant it lists to avoid.
import { describe, expect, it } from 'vitest';
import { getConcept, glossary, glossaryViolations, koreanProse, renderNote } from '@/lib/content';
import { allTexts } from './texts';

const GLOSS = /<span lang="en" class="gloss">\(([^)]*)\)<\/span>/g;

describe('glossary', () => {
  it('settles each pair of variants the notes used to mix', () => {
    const use = (variant: string) => glossary.find((e) => e.avoid.includes(variant))?.ko;
    expect(use('경사하강법')).toBe('경사 하강법');
    expect(use('도함수')).toBe('미분');
    expect(use('epoch')).toBe('에포크');
    expect(use('특징')).toBe('특성');
    expect(use('범주 교차 엔트로피')).toBe('범주형 교차 엔트로피');
    expect(use('히든 레이어')).toBe('은닉층');
    expect(use('step size')).toBe('보폭');
    expect(use('validation loss')).toBe('검증 손실');
    expect(use('L2 정규화')).toBe('규제');
    expect(use('기울기 폭발')).toBe('기울기 폭주');
    expect(glossary.find((e) => e.en === 'normalization')?.ko).toBe('정규화');
  });

  it('finds a variant in Korean prose but not in math, code, quotes or English glosses', () => {
    expect(
      glossaryViolations('경사하강법으로 validation loss를 줄인다.').map((v) => v.use),
    ).toEqual(['경사 하강법', '검증 손실']);
    expect(
      glossaryViolations(
        '노트는 "히든 레이어"라고 했다. 검증 손실(validation loss)과 `epoch`, $\\text{epoch}$',
      ),
    ).toEqual([]);
    expect(koreanProse('값(예: $x$)과 (an English gloss)')).toBe('값⟨예:  ⟩과  ');
  });

  for (const lang of ['ko'] as const) {
    it('is followed by every note, card, exercise, diagnosis and interface string', () => {
      const texts = allTexts(lang);
      expect(texts.length).toBeGreaterThan(1000);
      const found = texts.flatMap(({ where, text }) =>
        glossaryViolations(text).map((v) => `${where}: "${v.variant}" → ${v.use}`),
      );
      expect(found).toEqual([]);
    });
  }
});

describe('English terms on Korean notes', () => {
  it('follow the first use of a term only', () => {
    const html = renderNote('경사 하강법은 기울기를 쓴다. 경사 하강법을 반복한다.', 'ko');
    expect([...html.matchAll(GLOSS)].map((m) => m[1])).toEqual(['gradient descent', 'gradient']);
    expect(html).toContain('경사 하강법<span lang="en" class="gloss">(gradient descent)</span>은');
  });

  it('prefer the longest term and skip terms inside longer words, code and math', () => {
    const html = renderNote(
      '배치 정규화는 `정규화` 값과 $\\text{정규화}$, 정규화된 값, 그리고 정규화를 쓴다.',
      'ko',
    );
    expect([...html.matchAll(GLOSS)].map((m) => m[1])).toEqual([
      'batch normalization',
      'normalization',
    ]);
    expect(html).toContain('그리고 정규화<span lang="en" class="gloss">(normalization)</span>를');
  });

  it('leave a term alone when the author already gave its English, or inside an aside or a quotation', () => {
    const html = renderNote(
      '**경사 하강법**(gradient descent)은 (→ 모멘텀) 노트의 "기울기"와 학습률로 움직인다. 기울기와 모멘텀도.',
      'ko',
    );
    expect([...html.matchAll(GLOSS)].map((m) => m[1])).toEqual([
      'learning rate',
      'gradient',
      'momentum',
    ]);
  });

  it('appear on a real note, and never on an English one', () => {
    const note = getConcept('gradient-descent');
    expect(note).toBeDefined();
    const ko = renderNote(note?.body.ko ?? '', 'ko');
    expect([...ko.matchAll(GLOSS)].map((m) => m[1])).toEqual(
      expect.arrayContaining(['optimization', 'step size', 'saddle point']),
    );
    expect(renderNote(note?.body.en ?? '', 'en')).not.toContain('class="gloss"');
  });
});
