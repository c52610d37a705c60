// Draws a server chart twice, for a desktop panel and a phone's, and lets the stylesheet show the one that fits.
import type { ReactNode } from 'react';
import { type ChartFrame, PHONE_FRAME } from '@/lib/charts/frame';

/** The type size of a desktop chart. */
const WIDE_FONT = 11;

/**
 * The chart `draw` makes in a frame `width` wide (the desktop panel's) and in the phone's frame. The
 * drawing not shown is `display: none`, so a screen reader meets the chart's name once.
 */
export function Framed({ width, draw }: { width: number; draw: (frame: ChartFrame) => ReactNode }) {
  return (
    <>
      <div className="figure-wide">{draw({ width, font: WIDE_FONT, xTickShare: 1 })}</div>
      <div className="figure-narrow">{draw(PHONE_FRAME)}</div>
    </>
  );
}
