// Types of lib/auth/client-address.mjs, for the TypeScript that imports it.
import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER: string;
export const MAX_TRUSTED_PROXIES: number;
export function trustedProxiesSetting(
  value: string | undefined,
): { ok: true; trustedProxies: number } | { ok: false; message: string };
export function clientAddress(
  forwardedFor: string | string[] | undefined,
  peer: string | undefined,
  trustedProxies: number,
): string;
export function withClientAddress<Req extends IncomingMessage, Res>(
  handle: (req: Req, res: Res) => unknown,
  trustedProxies: number,
): (req: Req, res: Res) => unknown;
