'use server';
// The benchmark's no-op server action: the framework's own cost of an action, to compare a rating with.

export async function noopAction(_payload: unknown): Promise<{ ok: boolean }> {
  return { ok: process.env.BACKPROP_BENCH === '1' };
}
