// next-auth (v5) configuration: e-mail and password through the credentials
// provider, JWT session cookies (httpOnly, SameSite=Lax, Secure when the
// portal is served over https). The token carries the user id and session
// version; every read of the session re-checks them against the database
// (the jwt callback below, and lib/auth/session.ts), so deactivating a user,
// a new password or signing out by any path (which raises the version) ends
// their sessions at once.
//
// Kept apart from auth.ts (which hands it to NextAuth) so that tests can run
// the same configuration through @auth/core.
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
import { isDatabaseUnavailable } from "@/lib/errors/database";
import { endUserSessions, isSessionCurrent } from "@/lib/data/users/find-session-user";
import { authorizeCredentials } from "./credentials";
import { authLogger } from "./auth-logger";
import { SESSION_IDLE_SECONDS, sessionTokenAfter } from "./session-policy";

export function authConfig(): NextAuthConfig {
  const config = getConfig();
  return {
    trustHost: true,
    secret: config.AUTH_SECRET,
    // The idle lifetime: each request signs a fresh cookie valid this long.
    // The absolute one (from sign-in) is checked in the jwt callback.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    useSecureCookies: (config.PUBLIC_URL ?? "").startsWith("https://"),
    pages: { signIn: "/en/sign-in" },
    logger: authLogger,
    events: {
      // Every way out ends the account's sessions everywhere, Auth.js's own
      // /api/auth/signout included: the version goes up, so copies of the
      // cookie stop working too.
      async signOut(message) {
        const uid = "token" in message ? message.token?.uid : undefined;
        if (typeof uid === "string") await endUserSessions(uid);
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: (raw, request) => authorizeCredentials(raw, request, config.TRUSTED_PROXY_HOPS),
      }),
    ],
    callbacks: {
      // Wherever a session is read (a staff page, the proxy, /api/auth/session),
      // the account's session version is checked: a cookie from before a
      // sign-out, a new password or a deactivation ends there, and next-auth
      // removes it instead of signing a fresh one.
      async jwt({ token, user }) {
        const next = sessionTokenAfter(token, user);
        if (!next || user) return next;
        if (typeof next.uid !== "string" || typeof next.sv !== "number") return null;
        try {
          return (await isSessionCurrent(next.uid, next.sv)) ? next : null;
        } catch (error) {
          // The database cannot be reached: the session is neither confirmed
          // nor ended. Nothing is granted by keeping it (every staff page and
          // action reads the user from the database again, and answers
          // "unavailable" while it is down), and the user is not signed out
          // in the middle of their work, with what they typed lost.
          if (isDatabaseUnavailable(error)) return next;
          throw error;
        }
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
      },
    },
  };
}
