// Random tokens (API keys, session ids) and how they are kept: only a sha256 of a key is stored.
// sha256 is right here: the tokens are 32 random bytes, so there is nothing to brute-force.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters). API keys carry a `vt_` prefix to be recognisable. */
export const newToken = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

