// SVG strings of the choice exercises' line and bar charts.

import { SERIES_DASHES } from '../../charts/palette';
import { linearScale, niceTicks, polylinePath } from '../../charts/scale';
import { type Frame, WIDE } from './svg-frame';
import { axes, type Line, marker, open, text } from './svg-parts';

/**
 * Lines over a shared x axis, each with a label at its end; `vertical` marks x positions (a dashed
 * line and a label). Points outside the y range are drawn on its edge.
 */
export function lineChart(options: {
  title: string;
  lines: readonly Line[];
  x: readonly [number, number];
  y: readonly [number, number];
  xLabel: string;
  yLabel: string;
  vertical?: readonly { x: number; label: string }[];
  horizontal?: readonly { y: number; label: string }[];
  /** Draw a marker every `every` points (0: none). */
  markerEvery?: number;
  /** About how many ticks the x axis gets in the wide frame (6 unless given). */
  xTicks?: number;
  frame?: Frame;
}): string {
  const frame = options.frame ?? WIDE;
  const { width: WIDTH, height: HEIGHT, pad: PAD, font } = frame;
  const x = linearScale(options.x, [PAD.left, WIDTH - PAD.right]);
  const y = linearScale(options.y, [HEIGHT - PAD.bottom, PAD.top]);
  const [y0, y1] = options.y;
  const clamp = (v: number) => Math.min(y1, Math.max(y0, v));
  const parts = [
    open(options.title, frame),
    axes(
      niceTicks(options.x[0], options.x[1], (options.xTicks ?? 6) * frame.xTickShare),
      niceTicks(y0, y1, 5),
      x,
      y,
      options.xLabel,
      options.yLabel,
      frame,
    ),
  ];
  for (const h of options.horizontal ?? []) {
    parts.push(
      `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(h.y).toFixed(1)}" y2="${y(h.y).toFixed(1)}" stroke="currentColor" stroke-dasharray="3 3"/>`,
      text(PAD.left + 4, y(h.y) - 4, h.label),
    );
  }
  for (const v of options.vertical ?? []) {
    parts.push(
      `<line x1="${x(v.x).toFixed(1)}" x2="${x(v.x).toFixed(1)}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}" stroke="currentColor" stroke-dasharray="3 3"/>`,
      text(x(v.x) + 4, PAD.top + font, v.label),
    );
  }
  const ends: { y: number; label: string; tone: number }[] = [];
  for (const line of options.lines) {
    const pts = line.points.map(([px, py]) => [x(px), y(clamp(py))] as const);
    const dash = SERIES_DASHES[line.tone % SERIES_DASHES.length];
    parts.push(
      `<path d="${polylinePath(pts)}" fill="none" stroke-width="2" class="fs${line.tone}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    const every = options.markerEvery ?? 0;
    if (every > 0) {
      pts.forEach(([px, py], i) => {
        if (i % every === 0 || i === pts.length - 1) parts.push(marker(line.tone, px, py));
      });
    }
    const last = pts[pts.length - 1];
    ends.push({ y: last[1], label: line.label, tone: line.tone });
  }
  // End labels, pushed apart so they never overlap.
  ends.sort((a, b) => a.y - b.y);
  for (let i = 1; i < ends.length; i++) ends[i].y = Math.max(ends[i].y, ends[i - 1].y + font + 2);
  for (const end of ends) {
    parts.push(
      marker(end.tone, WIDTH - PAD.right + 8, end.y),
      text(WIDTH - PAD.right + 16, end.y + font / 3, end.label),
    );
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Bars, one per category, on a log10 axis (values must be positive). */
export function logBarChart(options: {
  title: string;
  values: readonly number[];
  categories: readonly string[];
  xLabel: string;
  yLabel: string;
  frame?: Frame;
}): string {
  const frame = options.frame ?? WIDE;
  const { width: WIDTH, height: HEIGHT, pad: PAD, font } = frame;
  const logs = options.values.map((v) => Math.log10(v));
  const lo = Math.floor(Math.min(...logs, -1));
  const hi = Math.ceil(Math.max(...logs, 1));
  const y = linearScale([lo, hi], [HEIGHT - PAD.bottom, PAD.top]);
  const band = (WIDTH - PAD.left - PAD.right) / options.values.length;
  const x = (i: number) => PAD.left + i * band;
  const ticks = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i).filter(
    (t, _, all) => all.length <= 9 || (t - lo) % 2 === 0,
  );
  const parts = [
    open(options.title, frame),
    axes(
      [],
      ticks,
      (v) => v,
      y,
      options.xLabel,
      options.yLabel,
      frame,
      (t) => `1e${t}`,
    ),
  ];
  options.values.forEach((_, i) => {
    const top = y(logs[i]);
    const base = HEIGHT - PAD.bottom;
    parts.push(
      `<rect x="${(x(i) + band * 0.15).toFixed(1)}" y="${Math.min(top, base).toFixed(1)}" width="${(band * 0.7).toFixed(1)}" height="${Math.abs(base - top).toFixed(1)}" class="ff0"/>`,
      text(x(i) + band / 2, HEIGHT - PAD.bottom + 6 + font, options.categories[i], 'middle'),
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * Bars of signed values from a zero line, one per category, on a linear axis; `targets` marks a
 * value per category (a diamond) explained in a legend.
 */
export function barChart(options: {
  title: string;
  values: readonly number[];
  categories: readonly string[];
  xLabel: string;
  yLabel: string;
  targets?: { values: readonly number[]; label: string };
  frame?: Frame;
}): string {
  const frame = options.frame ?? WIDE;
  const { width: WIDTH, height: HEIGHT, pad: PAD, font } = frame;
  const all = [0, ...options.values, ...(options.targets?.values ?? [])];
  // Every value 0 (a single z = 0 with target 0): an axis from −1 to 1 rather than none at all.
  const flat = Math.min(...all) === Math.max(...all);
  const ticks = flat ? niceTicks(-1, 1, 4) : niceTicks(Math.min(...all), Math.max(...all), 5);
  const lo = Math.min(ticks[0], ...all);
  const hi = Math.max(ticks[ticks.length - 1], ...all);
  const y = linearScale([lo, hi], [HEIGHT - PAD.bottom, PAD.top]);
  const band = (WIDTH - PAD.left - PAD.right) / options.values.length;
  const x = (i: number) => PAD.left + i * band;
  const parts = [
    open(options.title, frame),
    axes([], ticks, (v) => v, y, options.xLabel, options.yLabel, frame),
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(0).toFixed(1)}" y2="${y(0).toFixed(1)}" stroke="currentColor"/>`,
  ];
  options.values.forEach((v, i) => {
    const top = y(v);
    const base = y(0);
    parts.push(
      `<rect x="${(x(i) + band * 0.2).toFixed(1)}" y="${Math.min(top, base).toFixed(1)}" width="${(band * 0.6).toFixed(1)}" height="${Math.abs(base - top).toFixed(1)}" class="ff0"/>`,
      text(x(i) + band / 2, HEIGHT - PAD.bottom + 6 + font, options.categories[i], 'middle'),
    );
  });
  if (options.targets) {
    options.targets.values.forEach((t, i) => {
      parts.push(marker(3, x(i) + band / 2, y(t)));
    });
    parts.push(
      marker(3, WIDTH - PAD.right + 8, PAD.top + 8),
      text(WIDTH - PAD.right + 16, PAD.top + 8 + font / 3, options.targets.label),
    );
  }
  parts.push('</svg>');
  return parts.join('');
}
