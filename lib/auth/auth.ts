// next-auth (v5): e-mail and password through the credentials provider, JWT
// session cookies (httpOnly, SameSite=Lax, Secure when the portal is served
// over https). The token carries the user id and session version; every staff
// request re-checks them against the database (lib/auth/session.ts), so
// deactivating a user or bumping the version ends their sessions at once.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "./rate-limit";
import { verifyCredentials } from "@/lib/data/users";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) });

function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

const secureCookies = (process.env.PUBLIC_URL ?? "").startsWith("https://");

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  useSecureCookies: secureCookies,
  pages: { signIn: "/en/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const email = parsed.data.email.toLowerCase();
        const ip = clientIp(request);
        if (await isSignInBlocked(email, ip)) throw new RateLimitedSignIn();
        const user = await verifyCredentials(email, parsed.data.password);
        if (!user) {
          await recordSignInFailure(email, ip);
          return null;
        }
        await clearSignInFailures(email);
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as string | undefined, sv: token.sv as number | undefined };
    },
  },
});
