// The pieces every exercise figure is drawn from: the SVG element, escaped text, axes with ticks and series markers.

import { seriesStyle } from '../../charts/palette';
import type { Frame } from './svg-frame';

export type Point = readonly [number, number];

export interface Line {
  points: readonly Point[];
  /** Series index: colour, dash and marker. */
  tone: number;
  /** Written at the line's end. */
  label: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function tick(v: number): string {
  return Number.parseFloat(v.toPrecision(6)).toString();
}

export function open(title: string, frame: Frame, width = frame.width): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${frame.height}" role="img" aria-label="${escapeXml(title)}" class="exercise-figure" font-size="${frame.font}">${seriesStyle()}`;
}

export function text(x: number, y: number, body: string, anchor = 'start', extra = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" fill="currentColor"${extra}>${escapeXml(body)}</text>`;
}

export function axes(
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

export function marker(tone: number, px: number, py: number): string {
  const shape = tone % 4;
  if (shape === 0)
    return `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" class="ff${tone}"/>`;
  if (shape === 1)
    return `<rect x="${(px - 3.5).toFixed(1)}" y="${(py - 3.5).toFixed(1)}" width="7" height="7" class="ff${tone}"/>`;
  if (shape === 2)
    return `<path d="M${px.toFixed(1)},${(py - 4.5).toFixed(1)}l4,7.5h-8z" class="ff${tone}"/>`;
  return `<path d="M${px.toFixed(1)},${(py - 4.5).toFixed(1)}l4.5,4.5l-4.5,4.5l-4.5,-4.5z" class="ff${tone}"/>`;
}
