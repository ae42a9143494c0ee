import { createPublicKey, verify } from 'node:crypto';

/** A GitHub App as the loopback GitHub knows it: its id and the public half of its private key (PEM). */
export interface LoopbackApp {
  id: number;
  publicKey: string;
}

/** GitHub's longest JWT lifetime: `exp` at most 10 minutes after `iat`. */
const MAX_LIFETIME_SECONDS = 600;

const decodePart = (part: string): unknown => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/**
 * The App a JWT authenticates, or why it does not (GitHub's checks): three base64url parts, RS256, signed by
 * the private key of the App its `iss` names, `iat` not in the future (60 s of drift allowed), `exp` after
 * now and at most 10 minutes after `iat`.
 */
export function verifyAppJwt(
  jwt: string,
  apps: ReadonlyMap<number, LoopbackApp>,
  nowMs: number,
): { app: LoopbackApp } | { error: string } {
  const parts = jwt.split('.');
  if (parts.length !== 3) return { error: 'A JSON web token could not be decoded' };
  const [headerPart = '', payloadPart = '', signature = ''] = parts;
  let header: { alg?: unknown };
  let payload: { iss?: unknown; iat?: unknown; exp?: unknown };
  try {
    header = decodePart(headerPart) as typeof header;
    payload = decodePart(payloadPart) as typeof payload;
  } catch {
    return { error: 'A JSON web token could not be decoded' };
  }
  if (header.alg !== 'RS256') return { error: 'A JSON web token could not be decoded' };
  const app = apps.get(Number(payload.iss));
  if (!app) return { error: 'Integration not found' };
  const signed = verify(
    'sha256',
    Buffer.from(`${headerPart}.${payloadPart}`),
    createPublicKey(app.publicKey),
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return { error: 'A JSON web token could not be decoded' };
  const now = nowMs / 1000;
  const iat = Number(payload.iat);
  const exp = Number(payload.exp);
  if (!(iat <= now + 60))
    return { error: "'Issued at' claim ('iat') must be an Integer representing a time in the past." };
  if (!(exp > now) || exp - iat > MAX_LIFETIME_SECONDS)
    return { error: "'Expiration time' claim ('exp') is too far in the future" };
  return { app };
}
