// Gradient descent, momentum, Adagrad, RMSProp and Adam on one loss surface: every point is an engine step, drawn as SVG.
import { linearScale, polylinePath, samples } from '@/lib/charts/scale';
import {
  ellipticBowl,
  ellipticBowlHypers,
  ellipticBowlStart,
  type OptimizerName,
  optimizerTrajectory,
} from '@/lib/engine';
import type { Messages } from '@/lib/i18n/messages';

const WIDTH = 600;
const HEIGHT = 320;
const X_RANGE = [-9, 3] as const;
const Y_RANGE = [-3, 3] as const;
const STEPS = 40;
const GRID = { columns: 60, rows: 30 };

const SERIES: { name: OptimizerName; label: string; color: string }[] = [
  { name: 'sgd', label: 'Gradient descent', color: '#e4572e' },
  { name: 'momentum', label: 'Momentum', color: '#f3a712' },
  { name: 'adagrad', label: 'Adagrad', color: '#29bf12' },
  { name: 'rmsprop', label: 'RMSProp', color: '#8f2d56' },
  { name: 'adam', label: 'Adam', color: '#3f88c5' },
];

export function OptimizerPaths({ t }: { t: Messages }) {
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
  return (
    <figure className="figure panel">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t.concepts.figureOptimizers}>
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
        <circle cx={x(0)} cy={y(0)} r={4} fill="var(--text)" />
        {SERIES.map((series) => {
          const path = optimizerTrajectory(
            series.name,
            ellipticBowlStart,
            STEPS,
            ellipticBowlHypers[series.name],
          );
          const points = path.map(
            ([px, py]) => [x(clip(px, X_RANGE)), y(clip(py, Y_RANGE))] as const,
          );
          return (
            <g key={series.name}>
              <path d={polylinePath(points)} fill="none" stroke={series.color} strokeWidth={2} />
              {points.map(([px, py], i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the steps of one path, in order
                <circle key={i} cx={px} cy={py} r={1.8} fill={series.color} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {t.concepts.figureOptimizers} (f(x, y) = 0.1x² + 2y², {STEPS} steps):{' '}
        {SERIES.map((series) => (
          <span key={series.name} style={{ color: series.color, marginRight: '0.8rem' }}>
            ━ {series.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
