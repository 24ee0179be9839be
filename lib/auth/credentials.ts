// Checking an e-mail and password for the credentials provider, with the
// progressive slow-down of rate-limit.ts: the attempt is claimed (counted)
// before the password is checked, so concurrent attempts cannot all slip in.
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { verifyCredentials } from "@/lib/data/users/find-session-user";
import { clientAddressFrom } from "./client-address";
import { claimSignInAttempt, clearSignInFailures } from "./rate-limit";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({ email: z.email().max(254), password: z.string().min(1).max(200) });

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The user, or null for a wrong e-mail or password; throws RateLimitedSignIn while this address must wait. */
export async function authorizeCredentials(
  raw: unknown,
  request: Request | undefined,
  trustedProxyHops: number,
): Promise<SignedInUser | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const address = request ? clientAddressFrom(request.headers, trustedProxyHops) : "unknown";
  const claim = await claimSignInAttempt(email, address);
  if (!claim.allowed) throw new RateLimitedSignIn();
  // An account many have guessed at is checked more slowly, never refused.
  if (claim.delayMs) await pause(claim.delayMs);
  const user = await verifyCredentials(email, parsed.data.password);
  // A failure stays counted (it was claimed); a success forgets the account's failures.
  if (!user) return null;
  await clearSignInFailures(email, claim.ids);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
