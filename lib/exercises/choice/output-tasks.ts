// The tasks of output-and-loss, described in words: what a network predicts, and what the target can be.

import { L } from '../generators/common';
import type { Localized } from '../types';

export type TaskKind = 'binary' | 'multiclass' | 'multilabel' | 'regression' | 'unit' | 'signed';

/** A task's wording for `count` outputs (classes or labels; 1 for binary and regression tasks). */
type Wording = (count: number) => Localized;

export const TASKS: Record<TaskKind, readonly Wording[]> = {
  binary: [
    () =>
      L('이메일 한 통이 스팸인지 아닌지 예측합니다.', 'Predict whether an e-mail is spam or not.'),
    () =>
      L(
        '혈액 검사 수치 12개로 환자에게 그 질병이 있는지 없는지 예측합니다.',
        'From 12 blood-test values, predict whether a patient has the disease or not.',
      ),
    () =>
      L('사진에 고양이가 있는지 없는지 판단합니다.', 'Decide whether a photo shows a cat or not.'),
  ],
  multiclass: [
    (k) =>
      L(
        `뉴스 기사 하나를 ${k}개 분야 중 정확히 하나로 분류합니다.`,
        `File each news article under exactly one of ${k} sections.`,
      ),
    (k) =>
      L(
        `새 사진(한 장에 새는 꼭 한 마리)이 ${k}개 종 중 어느 종인지 알아맞힙니다.`,
        `Tell which of ${k} species the bird in a photo is (each photo shows exactly one bird).`,
      ),
    (k) =>
      L(
        `손으로 쓴 기호 하나가 ${k}개 기호 중 무엇인지 인식합니다.`,
        `Recognize which of ${k} symbols a handwritten character is.`,
      ),
  ],
  multilabel: [
    (k) =>
      L(
        `사진에 나오는 물체를 ${k}개 태그 중에서 모두 붙입니다 (여러 개일 수도, 하나도 없을 수도 있음).`,
        `Tag a photo with every one of ${k} objects that appears in it (several, one or none).`,
      ),
    (k) =>
      L(
        `기사 하나가 다루는 주제를 ${k}개 주제 중에서 모두 표시합니다 (개수 제한 없음).`,
        `Mark every one of ${k} topics that an article covers (any number of them).`,
      ),
    (k) =>
      L(
        `영화 하나에 맞는 장르를 ${k}개 장르 중에서 모두 고릅니다 (한 개 또는 여러 개).`,
        `Mark every one of ${k} genres that fits a movie (one or several).`,
      ),
  ],
  regression: [
    () =>
      L(
        '내일 기온이 오늘보다 몇 °C 변할지 예측합니다 (음수도 양수도 되고 정해진 한계가 없음).',
        "Predict by how many °C tomorrow's temperature will differ from today's (negative or positive, with no fixed bound).",
      ),
    () =>
      L(
        '거래 하나의 손익(원, 적자면 음수, 상한·하한 없음)을 예측합니다.',
        'Predict the profit of a sale in dollars (negative for a loss, with no bound either way).',
      ),
  ],
  unit: [
    () =>
      L(
        '위성 사진 한 장에서 물로 덮인 면적의 비율(0에서 1 사이)을 예측합니다.',
        'Predict the fraction of a satellite image covered by water, a number between 0 and 1.',
      ),
    () =>
      L(
        '문서 한 쪽에서 잉크가 차지하는 비율(0에서 1 사이)을 예측합니다.',
        'Predict the share of a page covered by ink, a number between 0 and 1.',
      ),
  ],
  signed: [
    () =>
      L(
        '자율 주행에서 −1(왼쪽 끝)에서 1(오른쪽 끝) 사이로 정규화한 조향 각도를 예측합니다.',
        'Predict a steering angle scaled to the range from −1 (full left) to 1 (full right).',
      ),
    () =>
      L(
        '리뷰의 감성 점수를 −1(매우 부정)부터 1(매우 긍정) 사이 값으로 예측합니다.',
        "Predict a review's sentiment score, between −1 (very negative) and 1 (very positive).",
      ),
  ],
};

/** How many outputs a task has: classes or labels, or one. */
export function outputCount(kind: TaskKind, classes: number): number {
  return kind === 'multiclass' || kind === 'multilabel' ? classes : 1;
}
