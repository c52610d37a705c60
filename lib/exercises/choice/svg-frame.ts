// The frames exercise figures are drawn in: a desktop panel's and a phone's, and a figure drawn in both.

import { type ChartFrame, PHONE_FRAME } from '../../charts/frame';
import type { Figure } from '../types';

/**
 * A figure's drawing area and type size in viewBox units. A figure fills its panel's width, so its
 * text on screen is `font` × panel width / `width`: a phone's panel (about 310 px at 360 px) gets a
 * narrower frame with larger type, whose text stays about 12 px there.
 */
export interface Frame extends ChartFrame {
  /** Names the frame's ids, unique on a page that holds both. */
  name: 'wide' | 'narrow';
  height: number;
  pad: { left: number; right: number; top: number; bottom: number };
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
  ...PHONE_FRAME,
  name: 'narrow',
  height: 320,
  pad: { left: 52, right: 92, top: 16, bottom: 50 },
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
