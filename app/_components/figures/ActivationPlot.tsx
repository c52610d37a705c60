// An activation function and its derivative over [-5, 5], sampled from the engine and drawn as SVG on the server.

import { useId } from 'react';
import { Framed } from '@/app/_components/charts/Framed';
import { HorizontalGridlines, VerticalGridlines } from '@/app/_components/charts/Gridlines';
import type { ChartFrame } from '@/lib/charts/frame';
import { linearScale, niceTicks, polylinePath, samples } from '@/lib/charts/scale';
import { summariseCurve } from '@/lib/charts/summary';
import * as engine from '@/lib/engine';
import { formatDecimal } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';

const ACTIVATIONS = {
  sigmoid: { f: engine.sigmoid, df: engine.sigmoidDerivative, name: 'σ(x)' },
  tanh: { f: engine.tanh, df: engine.tanhDerivative, name: 'tanh(x)' },
  relu: { f: engine.relu, df: engine.reluDerivative, name: 'ReLU(x)' },
  'leaky-relu': {
    f: (x: number) => engine.leakyRelu(x, 0.1),
    df: (x: number) => engine.leakyReluDerivative(x, 0.1),
    name: 'LeakyReLU(x), α = 0.1',
  },
} as const;

export type ActivationName = keyof typeof ACTIVATIONS;

export function isPlottedActivation(slug: string): slug is ActivationName {
  return slug in ACTIVATIONS;
}

const WIDTH = 560;
const HEIGHT = 300;
const PAD = { left: 40, right: 16, top: 16, bottom: 28 };

export function ActivationPlot({ activation, t }: { activation: ActivationName; t: Messages }) {
  const { f, df, name } = ACTIVATIONS[activation];
  const xs = samples(-5, 5, 201);
  const values = xs.map((x) => [x, f(x)] as const);
  const slopes = xs.map((x) => [x, df(x)] as const);
  const ys = [...values, ...slopes].map(([, y]) => y);
  const yMin = Math.min(-0.1, ...ys);
  const yMax = Math.max(1.1, ...ys);
  const y = linearScale([yMin, yMax], [HEIGHT - PAD.bottom, PAD.top]);
  const title = t.concepts.figureActivation(name);
  const summary = summariseCurve(f, df, [-5, 0, 5]);
  const id = useId();
  const draw = ({ width, font, xTickShare }: ChartFrame) => {
    const x = linearScale([-5, 5], [PAD.left, width - PAD.right]);
    const toPixels = (points: readonly (readonly [number, number])[]) =>
      points.map(([a, b]) => [x(a), y(b)] as const);
    return (
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={title}
        aria-describedby={`${id}-description`}
        fontSize={font}
      >
        <HorizontalGridlines
          ticks={niceTicks(yMin, yMax, 5)}
          scale={y}
          from={PAD.left}
          to={width - PAD.right}
          emphasiseZero
        />
        <VerticalGridlines
          ticks={niceTicks(-5, 5, 10 * xTickShare)}
          scale={x}
          from={PAD.top}
          to={HEIGHT - PAD.bottom}
          emphasiseZero
        />
        <path
          d={polylinePath(toPixels(values))}
          fill="none"
          stroke="var(--accent)"
          strokeWidth={2.5}
        />
        <path
          d={polylinePath(toPixels(slopes))}
          fill="none"
          stroke="var(--good)"
          strokeWidth={2}
          strokeDasharray="6 4"
        />
      </svg>
    );
  };
  return (
    <figure className="figure panel">
      <Framed width={WIDTH} draw={draw} />
      <figcaption>
        {title}:{' '}
        <span className="legend-item">
          <span aria-hidden="true" style={{ color: 'var(--accent)' }}>
            ━
          </span>{' '}
          {t.concepts.function}
        </span>{' '}
        <span className="legend-item">
          <span aria-hidden="true" style={{ color: 'var(--good)' }}>
            ┅
          </span>{' '}
          {t.concepts.derivative}
        </span>
        <span className="figure-description" id={`${id}-description`}>
          {t.figures.curveLines} {t.figures.activationTrend[activation]}{' '}
          {t.figures.curveNumbers(
            summary.points.map((point) =>
              t.figures.curvePoint(
                formatDecimal(point.x),
                formatDecimal(point.value),
                formatDecimal(point.slope),
              ),
            ),
          )}
        </span>
      </figcaption>
    </figure>
  );
}
