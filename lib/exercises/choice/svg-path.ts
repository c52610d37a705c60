// SVG string of optimizer paths drawn over a loss surface's contours, each path labelled where it is clearest.

import { SERIES_DASHES } from '../../charts/palette';
import { linearScale, niceTicks, polylinePath } from '../../charts/scale';
import { type Frame, WIDE } from './svg-frame';
import { axes, escapeXml, type Line, marker, open, tick } from './svg-parts';

/** Closest distance from a point to any of `others` (infinite when there are none). */
function clearance(p: readonly [number, number], others: readonly (readonly [number, number])[]) {
  let d = Number.POSITIVE_INFINITY;
  for (const [ox, oy] of others) d = Math.min(d, Math.hypot(p[0] - ox, p[1] - oy));
  return d;
}

/** Labels closer than this (in px, between anchors) would touch. */
const LABEL_GAP = 24;

/**
 * Where a path's label goes: among its steps from the third on that keep `LABEL_GAP` from the
 * labels already placed, the one farthest from every point of the other paths (the earliest of
 * equals); when every step is that near a placed label, the step farthest from them.
 */
function labelPoint(
  pts: readonly (readonly [number, number])[],
  otherPaths: readonly (readonly [number, number])[],
  placed: readonly (readonly [number, number])[],
): readonly [number, number] {
  const candidates = pts.slice(Math.min(2, pts.length - 1));
  const free = candidates.filter((p) => clearance(p, placed) >= LABEL_GAP);
  const [pool, from] = free.length > 0 ? [free, otherPaths] : [candidates, placed];
  let best = pool[0];
  for (const p of pool) if (clearance(p, from) > clearance(best, from)) best = p;
  return best;
}

/**
 * Paths across a 2-D loss surface drawn as level sets of $f(x, y) = a x^2 + b y^2$ (ellipses), each
 * path with markers at its steps and a label at its start.
 */
export function pathChart(options: {
  title: string;
  a: number;
  b: number;
  levels: readonly number[];
  x: readonly [number, number];
  y: readonly [number, number];
  paths: readonly Line[];
  frame?: Frame;
}): string {
  const frame = options.frame ?? WIDE;
  const { width: WIDTH, height: HEIGHT, pad: PAD } = frame;
  const width = WIDTH - PAD.right + 20;
  const x = linearScale(options.x, [PAD.left, width - 20]);
  const y = linearScale(options.y, [HEIGHT - PAD.bottom, PAD.top]);
  const clampX = (v: number) => Math.min(options.x[1], Math.max(options.x[0], v));
  const clampY = (v: number) => Math.min(options.y[1], Math.max(options.y[0], v));
  const parts = [
    open(options.title, frame, width),
    axes(
      niceTicks(options.x[0], options.x[1], 6 * frame.xTickShare),
      niceTicks(options.y[0], options.y[1], 4),
      x,
      y,
      'x',
      'y',
      frame,
      tick,
      width,
    ),
    `<clipPath id="plot-${frame.name}"><rect x="${PAD.left}" y="${PAD.top}" width="${width - 20 - PAD.left}" height="${HEIGHT - PAD.bottom - PAD.top}"/></clipPath><g clip-path="url(#plot-${frame.name})">`,
  ];
  for (const level of options.levels) {
    const rx = Math.sqrt(level / options.a);
    const ry = Math.sqrt(level / options.b);
    parts.push(
      `<ellipse cx="${x(0).toFixed(1)}" cy="${y(0).toFixed(1)}" rx="${(x(rx) - x(0)).toFixed(1)}" ry="${(y(0) - y(ry)).toFixed(1)}" fill="none" stroke="currentColor" stroke-opacity="0.25"/>`,
    );
  }
  parts.push(
    '</g>',
    `<circle cx="${x(0).toFixed(1)}" cy="${y(0).toFixed(1)}" r="3" fill="currentColor"/>`,
  );
  const labels: string[] = [];
  const drawn = options.paths.map((path) =>
    path.points.map(([px, py]) => [x(clampX(px)), y(clampY(py))] as const),
  );
  const placed: (readonly [number, number])[] = [];
  for (const [k, path] of options.paths.entries()) {
    const pts = drawn[k];
    const dash = SERIES_DASHES[path.tone % SERIES_DASHES.length];
    parts.push(
      `<path d="${polylinePath(pts)}" fill="none" stroke-width="1.8" class="fs${path.tone}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    pts.forEach(([px, py], i) => {
      if (i % 2 === 0) parts.push(marker(path.tone, px, py));
    });
    const at = labelPoint(pts, drawn.filter((_, j) => j !== k).flat(), placed);
    placed.push(at);
    labels.push(
      `<text x="${(at[0] + 6).toFixed(1)}" y="${(at[1] - 6).toFixed(1)}" font-weight="bold" class="ff${path.tone}">${escapeXml(path.label)}</text>`,
    );
  }
  // Labels go on top of every path, so no later path hides an earlier one's label.
  parts.push(...labels, '</svg>');
  return parts.join('');
}
