// Labelled gridlines for the server-drawn SVG charts: horizontal ones at y ticks, vertical ones at x ticks.
import type { LinearScale } from '@/lib/charts/scale';

interface Props {
  ticks: number[];
  scale: LinearScale;
  /** The other axis's extent in pixels, where the lines start and end. */
  from: number;
  to: number;
  /** Draw the zero line heavier (for charts whose axis crosses zero). */
  emphasiseZero?: boolean;
}

export function HorizontalGridlines({ ticks, scale, from, to, emphasiseZero = false }: Props) {
  return ticks.map((tick) => (
    <g key={`y${tick}`}>
      <line
        x1={from}
        x2={to}
        y1={scale(tick)}
        y2={scale(tick)}
        className="chart-axis"
        strokeWidth={emphasiseZero && tick === 0 ? 1.5 : 0.5}
      />
      <text x={from - 5} y={scale(tick) + 4} textAnchor="end" className="chart-label">
        {tick}
      </text>
    </g>
  ));
}

export function VerticalGridlines({ ticks, scale, from, to, emphasiseZero = false }: Props) {
  return ticks.map((tick) => (
    <g key={`x${tick}`}>
      <line
        x1={scale(tick)}
        x2={scale(tick)}
        y1={from}
        y2={to}
        className="chart-axis"
        strokeWidth={emphasiseZero && tick === 0 ? 1.5 : 0.5}
      />
      <text x={scale(tick)} y={to + 20} textAnchor="middle" className="chart-label">
        {tick}
      </text>
    </g>
  ));
}
