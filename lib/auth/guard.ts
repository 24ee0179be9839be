import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Action, type Scope } from "./permissions";
import { getCurrentUser } from "./session";
import type { SessionUser } from "@/lib/data/users";

/**
 * For staff pages: the signed-in user, or a redirect to sign-in (the session
 * may be gone or revoked even when the cookie is still there). With an action,
 * a user who may not do it gets the 403 page.
 */
export async function requireStaff(locale: string, action?: Action, scope?: Scope): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/staff`)}`);
  if (action && !can(user, action, scope)) forbidden();
  return user;
}
