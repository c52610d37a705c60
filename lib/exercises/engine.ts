// The reference engine, re-exported so every generator takes its numbers from one place.
export * from '../engine';
