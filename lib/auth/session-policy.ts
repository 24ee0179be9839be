// How long a session lasts. Two limits, both checked on the server whenever
// a session cookie is read:
// - idle: each request signs a fresh cookie valid for SESSION_IDLE_SECONDS
//   (2 h), so a session nobody uses for 2 h is over;
// - absolute: SESSION_ABSOLUTE_SECONDS (12 h, a long working day) after
//   signing in, the session is over however busy it was.
// 2 h of idling covers writing a long meeting report without saving; 12 h
// means a copied or forgotten cookie is worth a day at most.
import type { JWT } from "next-auth/jwt";

export const SESSION_IDLE_SECONDS = 2 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

type SignedIn = { id?: string; sessionVersion?: number };

/** The token after a sign-in (`user` given) or a later request; null ends the session. */
export function sessionTokenAfter(token: JWT, user?: SignedIn | null, now = Date.now()): JWT | null {
  const seconds = Math.floor(now / 1000);
  if (user) return { ...token, uid: user.id, sv: user.sessionVersion ?? 1, signedInAt: seconds };
  const signedInAt = token.signedInAt;
  // Tokens without a sign-in time come from before this rule: they end too.
  if (typeof signedInAt !== "number" || seconds - signedInAt >= SESSION_ABSOLUTE_SECONDS || signedInAt > seconds + 60)
    return null;
  return token;
}
