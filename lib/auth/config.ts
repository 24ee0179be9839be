// next-auth (v5) configuration: e-mail and password through the credentials
// provider, JWT session cookies (httpOnly, SameSite=Lax, Secure when the
// portal is served over https). The token carries the user id and session
// version; every staff request re-checks them against the database
// (lib/auth/session.ts), so deactivating a user, a new password or signing
// out (which raises the version) ends their sessions at once.
//
// Kept apart from auth.ts (which hands it to NextAuth) so that tests can run
// the same configuration through @auth/core.
import type { NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConfig } from "@/lib/config";
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
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        authorize: (raw, request) => authorizeCredentials(raw, request, config.TRUSTED_PROXY_HOPS),
      }),
    ],
    callbacks: {
      jwt: ({ token, user }) => sessionTokenAfter(token, user),
      session({ session, token }) {
        return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
      },
    },
  };
}
