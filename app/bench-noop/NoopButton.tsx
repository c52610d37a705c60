'use client';
// The no-op page's one control, so the no-op action is part of the build like the review screen's.
import { noopAction } from './actions';

export function NoopButton() {
  return (
    <button type="button" onClick={() => void noopAction({})}>
      no-op
    </button>
  );
}
