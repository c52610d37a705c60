// Gradient descent, momentum, Adagrad, RMSProp and Adam on one loss surface: every point is an engine step, drawn as SVG.
import { useId } from 'react';
import { Mixed } from '@/app/_components/Mixed';
import { linearScale, polylinePath, samples } from '@/lib/charts/scale';
import { summarisePath } from '@/lib/charts/summary';
import {
  ellipticBowl,
  ellipticBowlHypers,
  ellipticBowlStart,
  type OptimizerName,
  optimizerTrajectory,
} from '@/lib/engine';
import { formatDecimal, formatPoint } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/i18n/messages';

const WIDTH = 600;
const HEIGHT = 320;
const X_RANGE = [-9, 3] as const;
const Y_RANGE = [-3, 3] as const;
const STEPS = 40;
const GRID = { columns: 60, rows: 30 };
/**
 * The dots' radii in viewBox units (a step's, the minimum's), drawn twice like a framed chart's text:
 * a desktop panel shows the figure about 600 px wide, a phone's about 267–310 px, where the narrow
 * dots are still 2 px or more in radius. The stylesheet shows the pair that fits.
 */
const DOT = { wide: { step: 1.8, minimum: 4 }, narrow: { step: 4.8, minimum: 6 } } as const;
const FRAMES = ['wide', 'narrow'] as const;

/** One colour per optimizer from the theme's palette (readable on the surface in both themes), and a dash pattern so colour is not the only cue. */
const SERIES: { name: OptimizerName; color: string; dash?: string }[] = [
  { name: 'sgd', color: 'var(--series-1)' },
  { name: 'momentum', color: 'var(--series-2)', dash: '8 3' },
  { name: 'adagrad', color: 'var(--series-3)', dash: '2 3' },
  { name: 'rmsprop', color: 'var(--series-4)', dash: '8 3 2 3' },
  { name: 'adam', color: 'var(--series-5)', dash: '4 4' },
];

export function OptimizerPaths({ t, locale }: { t: Messages; locale: Locale }) {
  const x = linearScale(X_RANGE, [0, WIDTH]);
  const y = linearScale(Y_RANGE, [HEIGHT, 0]);
  const cellW = WIDTH / GRID.columns;
  const cellH = HEIGHT / GRID.rows;
  const dx = (X_RANGE[1] - X_RANGE[0]) / GRID.columns;
  const dy = (Y_RANGE[1] - Y_RANGE[0]) / GRID.rows;
  const xs = samples(X_RANGE[0], X_RANGE[1], GRID.columns + 1).slice(0, -1);
  const ys = samples(Y_RANGE[0], Y_RANGE[1], GRID.rows + 1).slice(0, -1);
  const maxLoss = ellipticBowl([X_RANGE[0], Y_RANGE[1]]);
  const clip = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  const paths = SERIES.map((series) => ({
    ...series,
    label: t.figures.optimizers[series.name],
    path: optimizerTrajectory(
      series.name,
      ellipticBowlStart,
      STEPS,
      ellipticBowlHypers[series.name],
    ),
  }));
  const nearestFirst = paths
    .map((series) => ({ ...series, summary: summarisePath(series.path, ellipticBowl) }))
    .sort((a, b) => a.summary.loss - b.summary.loss);
  const id = useId();
  return (
    <figure className="figure panel">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t.concepts.figureOptimizers}
        aria-describedby={`${id}-description`}
      >
        {xs.flatMap((cx) =>
          ys.map((cy) => {
            const loss = ellipticBowl([cx + dx / 2, cy + dy / 2]);
            const shade = Math.sqrt(loss / maxLoss);
            return (
              <rect
                key={`${cx}:${cy}`}
                x={x(cx)}
                y={y(cy) - cellH}
                width={cellW}
                height={cellH}
                shapeRendering="crispEdges"
                fill="var(--accent)"
                fillOpacity={0.04 + 0.3 * shade}
              />
            );
          }),
        )}
        {FRAMES.map((frame) => (
          <circle
            key={frame}
            className={`figure-${frame}`}
            cx={x(0)}
            cy={y(0)}
            r={DOT[frame].minimum}
            fill="var(--text)"
          />
        ))}
        {paths.map((series) => {
          const points = series.path.map(
            ([px, py]) => [x(clip(px, X_RANGE)), y(clip(py, Y_RANGE))] as const,
          );
          return (
            <g key={series.name}>
              <path
                d={polylinePath(points)}
                fill="none"
                stroke={series.color}
                strokeWidth={2}
                strokeDasharray={series.dash}
              />
              {FRAMES.map((frame) => (
                <g key={frame} className={`figure-${frame}`}>
                  {points.map(([px, py], i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one path, in order
                    <circle key={i} cx={px} cy={py} r={DOT[frame].step} fill={series.color} />
                  ))}
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t.concepts.figureOptimizers} {t.figures.optimizerSurface(STEPS)}:{' '}
        {paths.map((series) => (
          <span key={series.name} className="legend-item">
            <svg width="28" height="10" aria-hidden="true" focusable="false">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={series.color}
                strokeWidth={2.5}
                strokeDasharray={series.dash}
              />
            </svg>{' '}
            <Mixed text={series.label} locale={locale} />
          </span>
        ))}
        <span className="figure-description" id={`${id}-description`}>
          {t.figures.optimizerIntro(STEPS, formatPoint(ellipticBowlStart))}{' '}
          {t.figures.optimizerOrder}{' '}
          {nearestFirst.map((series, i) => (
            <span key={series.name}>
              <Mixed
                text={t.figures.optimizerPath(
                  series.label,
                  formatPoint(series.summary.end),
                  formatDecimal(series.summary.loss, 4),
                  series.summary.crossings,
                )}
                locale={locale}
              />
              {i < nearestFirst.length - 1 ? '; ' : '.'}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
