// Checking an e-mail and password for the credentials provider, with the
// per-account and per-address limits of rate-limit.ts.
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { verifyCredentials } from "@/lib/data/users/session-users";
import { clientAddressFrom } from "./client-address";
import { clearSignInFailures, isSignInBlocked, recordSignInFailure } from "./rate-limit";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) });

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

/** The user, or null for a wrong e-mail or password; throws RateLimitedSignIn while paused. */
export async function authorizeCredentials(
  raw: unknown,
  request: Request | undefined,
  trustedProxyHops: number,
): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const address = request ? clientAddressFrom(request.headers, trustedProxyHops) : "unknown";
  if (await isSignInBlocked(email, address)) throw new RateLimitedSignIn();
  const user = await verifyCredentials(email, parsed.data.password);
  if (!user) {
    await recordSignInFailure(email, address);
    return null;
  }
  await clearSignInFailures(email);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
