// The frame a server-drawn chart is drawn in, and the phone's: the same type size on screen at a narrow width.

/**
 * A chart's drawing width and type size in viewBox units. A chart fills its panel's width, so its
 * text on screen is `font` × panel width / `width`: a phone's panel (about 310 px at 360 px) gets a
 * narrower frame with larger type, whose text stays about 13 px there and 11 px on a 320 px screen
 * (a panel of about 267 px).
 */
export interface ChartFrame {
  width: number;
  font: number;
  /** The share of the x ticks asked for that this frame draws. */
  xTickShare: number;
}

/** The phone's frame, whatever the chart's desktop width: narrower, larger type, half the x ticks. */
export const PHONE_FRAME: ChartFrame = { width: 360, font: 15, xTickShare: 0.5 };
