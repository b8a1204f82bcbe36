import { get, post } from '../api/http';
import type { TokenResponse } from '../api/types';
import { end, session, start } from './session';

export type Address = { email: string } | { phone: string };

export async function logIn(login: string, password: string): Promise<void> {
  start(await post<TokenResponse>('/api/v1/auth/login', { login, password }));
}

export async function register(address: Address, password: string, username: string, displayName: string): Promise<void> {
  await post('/api/v1/auth/register', { ...address, password, username, display_name: displayName || undefined });
}

export async function resend(address: Address): Promise<void> {
  await post('/api/v1/auth/verify/resend', address);
}

export async function verify(address: Address, code: string): Promise<void> {
  start(await post<TokenResponse>('/api/v1/auth/verify', { ...address, code }));
}

/** Ends the session on the server (its tokens stop working at once) and here. */
export async function logOut(): Promise<void> {
  try {
    if (session.get()) await post('/api/v1/auth/logout');
  } finally {
    end();
  }
}

/**
 * On a development server (no mail configured) codes land in the dev outbox instead of being sent;
 * reading it there saves a trip to the server log. Production servers have no such endpoint.
 */
export async function devOutboxCode(to: string): Promise<string | null> {
  // The outbox files text messages under the E.164 number: "+1 415 555 0123" is "+14155550123".
  if (!to.includes('@')) to = to.replace(/[\s().-]/g, '');
  try {
    const outbox = await get<{ messages: { body: string }[] }>(`/api/v1/dev/outbox?to=${encodeURIComponent(to)}`);
    const match = /\b(\d{6})\b/.exec(outbox.messages[0]?.body ?? '');
    return match ? match[1] : null;
  } catch {
    return null;
  }
}
