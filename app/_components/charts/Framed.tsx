// Draws a server chart twice, for a desktop panel and a phone's, and lets the stylesheet show the one that fits.
import type { ReactNode } from 'react';

/**
 * A chart's drawing width and type size in viewBox units. A chart fills its panel's width, so its
 * text on screen is `font` × panel width / `width`: a phone's panel (about 310 px at 360 px) gets a
 * narrower frame with larger type, whose text stays about 12 px there.
 */
export interface ChartFrame {
  width: number;
  font: number;
  /** The share of the x ticks asked for that this frame draws. */
  xTickShare: number;
}

/** The phone's frame, whatever the chart's desktop width. */
const NARROW = { width: 360, font: 14, xTickShare: 0.5 };
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
      <div className="figure-narrow">{draw(NARROW)}</div>
    </>
  );
}
