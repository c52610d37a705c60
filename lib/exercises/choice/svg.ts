// SVG strings of the choice exercises' figures: line charts, bar charts and paths on a loss surface.

import { SERIES_DASHES, seriesStyle } from '../../charts/palette';
import { linearScale, niceTicks, polylinePath } from '../../charts/scale';
import type { Figure } from '../types';

/**
 * A figure's drawing area and type size in viewBox units. A figure fills its panel's width, so its
 * text on screen is `font` × panel width / `width`: a phone's panel (about 310 px at 360 px) gets a
 * narrower frame with larger type, whose text stays about 12 px there.
 */
export interface Frame {
  /** Names the frame's ids, unique on a page that holds both. */
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
  font: number;
  /** The share of the x ticks asked for that this frame draws. */
  xTickShare: number;
}

/** The frame of a desktop panel (shown at up to 640 px). */
export const WIDE: Frame = {
  name: 'wide',
  width: 560,
  height: 300,
  pad: { left: 56, right: 96, top: 14, bottom: 44 },
  font: 12,
  xTickShare: 1,
};

/** The frame of a phone's panel: narrower and about as tall, with larger type and half the x ticks. */
export const NARROW: Frame = {
  name: 'narrow',
  width: 360,
  height: 320,
  pad: { left: 52, right: 84, top: 16, bottom: 50 },
  font: 14,
  xTickShare: 0.5,
};

/** A figure drawn once per frame and language: `draw` gets each in turn. */
export function drawFigure(
  draw: (lang: 'ko' | 'en', frame: Frame) => string,
): Pick<Figure, 'svg' | 'narrowSvg'> {
  return {
    svg: { ko: draw('ko', WIDE), en: draw('en', WIDE) },
    narrowSvg: { ko: draw('ko', NARROW), en: draw('en', NARROW) },
  };
}

type Point = readonly [number, number];

export interface Line {
  points: readonly Point[];
  /** Series index: colour, dash and marker. */
  tone: number;
  /** Written at the line's end. */
  label: string;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function tick(v: number): string {
  return Number.parseFloat(v.toPrecision(6)).toString();
}

function open(title: string, frame: Frame, width = frame.width): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${frame.height}" role="img" aria-label="${escapeXml(title)}" class="exercise-figure" font-size="${frame.font}">${seriesStyle()}`;
}

function text(x: number, y: number, body: string, anchor = 'start', extra = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" fill="currentColor"${extra}>${escapeXml(body)}</text>`;
}

function axes(
  xTicks: number[],
  yTicks: number[],
  x: (v: number) => number,
  y: (v: number) => number,
  xLabel: string,
  yLabel: string,
  frame: Frame,
  yTickLabel: (v: number) => string = tick,
  width = frame.width,
): string {
  const { pad, font, height } = frame;
  const left = pad.left;
  const right = width - pad.right;
  const top = pad.top;
  const bottom = height - pad.bottom;
  const parts: string[] = [];
  for (const t of yTicks) {
    parts.push(
      `<line x1="${left}" x2="${right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="currentColor" stroke-opacity="0.2"/>`,
      text(left - 6, y(t) + font / 3, yTickLabel(t), 'end'),
    );
  }
  for (const t of xTicks) {
    parts.push(
      `<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${bottom}" y2="${bottom + 5}" stroke="currentColor"/>`,
      text(x(t), bottom + 6 + font, tick(t), 'middle'),
    );
  }
  const yLabelX = font + 2;
  parts.push(
    `<path d="M${left},${top}V${bottom}H${right}" fill="none" stroke="currentColor" stroke-opacity="0.6"/>`,
    text((left + right) / 2, height - 8, xLabel, 'middle'),
    text(
      yLabelX,
      (top + bottom) / 2,
      yLabel,
      'middle',
      ` transform="rotate(-90 ${yLabelX} ${((top + bottom) / 2).toFixed(1)})"`,
    ),
  );
  return parts.join('');
}

function marker(tone: number, px: number, py: number): string {
  const shape = tone % 4;
  if (shape === 0)
    return `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" class="ff${tone}"/>`;
  if (shape === 1)
    return `<rect x="${(px - 3.5).toFixed(1)}" y="${(py - 3.5).toFixed(1)}" width="7" height="7" class="ff${tone}"/>`;
  if (shape === 2)
    return `<path d="M${px.toFixed(1)},${(py - 4.5).toFixed(1)}l4,7.5h-8z" class="ff${tone}"/>`;
  return `<path d="M${px.toFixed(1)},${(py - 4.5).toFixed(1)}l4.5,4.5l-4.5,4.5l-4.5,-4.5z" class="ff${tone}"/>`;
}

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
