// optimizer-path's figure: the drawn paths over the bowl's level sets, and their facts in words for its description.

import { timesEn } from '@/lib/i18n/times';
import { fmt, given } from '../format';
import { L } from '../generators/common';
import type { BuiltChoice } from './define';
import { joined } from './items';
import { type Inputs, path, pathFacts } from './optimizer-path-runs';
import { drawFigure, type Frame } from './svg-frame';
import { pathChart } from './svg-path';

const X_RANGE = [-10, 4] as const;
const Y_RANGE = [-3, 3] as const;
/** The bowl $0.1 x^2 + 2 y^2$ (the engine's `ellipticBowl`). */
const BOWL = { a: 0.1, b: 2 };

/** A path's first step as a point: "(0.5, -0.2)". */
export function firstStep(f: ReturnType<typeof pathFacts>): string {
  return `(${fmt(f.first[0], 3)}, ${fmt(f.first[1], 3)})`;
}

/** "y never changes sign", "y changes sign once", "y changes sign 7 times". */
export function signChangesEn(n: number): string {
  return n === 0 ? 'y never changes sign' : `y changes sign ${timesEn(n)}`;
}

export function figure(inp: Inputs): BuiltChoice['figure'] {
  const svg = (lang: 'ko' | 'en', frame: Frame) =>
    pathChart({
      frame,
      title: lang === 'ko' ? '손실 곡면 위의 최적화 경로' : 'Optimizer paths on a loss surface',
      ...BOWL,
      levels: [0.5, 2, 4.5, 8],
      x: X_RANGE,
      y: Y_RANGE,
      paths: inp.shown.map((r, i) => ({
        points: path(inp, inp.runs[r]).map(([px, py]) => [px, py] as const),
        tone: i,
        label: String(i + 1),
      })),
    });
  const lines = inp.shown.map((r, i) => {
    const f = pathFacts(path(inp, inp.runs[r]));
    const first = firstStep(f);
    return L(
      `경로 ${i + 1}: 첫 스텝 ${first}, ${f.yCrossings === 0 ? 'y 부호 바뀜 없음' : `y 부호 바뀜 ${f.yCrossings}번`}, 최대 x ${fmt(f.maxX, 3)}, 마지막 손실 ${fmt(f.loss, 3)}.`,
      `Path ${i + 1}: first step ${first}, ${signChangesEn(f.yCrossings)}, furthest x ${fmt(f.maxX, 3)}, final loss ${fmt(f.loss, 3)}.`,
    );
  });
  return {
    ...drawFigure(svg),
    description: joined(
      L(
        `손실 f(x, y) = 0.1x² + 2y²의 등고선(타원)과, (${given(inp.start[0])}, ${given(inp.start[1])})에서 출발한 ${inp.shown.length}개 경로의 ${inp.steps} 스텝. 최솟값은 원점입니다.`,
        `Level sets (ellipses) of the loss f(x, y) = 0.1x² + 2y², and ${inp.steps} steps of ${inp.shown.length} path${inp.shown.length > 1 ? 's' : ''} from (${given(inp.start[0])}, ${given(inp.start[1])}); the minimum is at the origin.`,
      ),
      ...lines,
    ),
  };
}
