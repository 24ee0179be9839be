// Stands in for lib/auth/session.ts in vitest (see vitest.config.ts): reading
// the session needs a Next.js request with cookies, which tests do not have.
// Tests choose who is signed in; everything after that — permissions, data
// functions, the database — is the real code.
import type { SessionUser } from "@/lib/data/users/find-session-user";

let current: SessionUser | null = null;

export function setTestUser(user: SessionUser | null) {
  current = user;
}

export async function getCurrentUser(): Promise<SessionUser | null> {
  return current;
}
