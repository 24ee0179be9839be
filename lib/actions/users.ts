"use server";

import { getTranslations } from "next-intl/server";
import { inviteUser, resendInvitation, setUserActive, updateUser } from "@/lib/data/users/manage-users";
import { sendLinkMail } from "@/lib/mail/user-mail";
import {
  deactivateUserSchema,
  inviteUserSchema,
  resendInvitationSchema,
  updateUserSchema,
  userStatusSchema,
} from "@/lib/validation/users";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// Account administration (administrators only). The link token goes into the
// mail and nowhere else: results carry ids and flags only.

const mayManage = () => ({ action: "user.manage" as const });

/** Invites a person, then opens their account (a redirect from the server); the same form sent twice invites once. */
export async function inviteUserAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: inviteUserSchema,
    authorize: mayManage,
    run: async (actor, { formToken, ...input }) => {
      const invitation = await inviteUser({ actor, input, formToken });
      if ("repeated" in invitation) return { id: invitation.id, mailed: true };
      const mailed = await sendLinkMail({ kind: "INVITATION", ...invitation });
      return { id: invitation.id, mailed };
    },
    redirectTo: (result) => `/staff/users/${result.id}?invited=${result.mailed ? "1" : "mail-failed"}`,
  });
}

export async function updateUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: updateUserSchema,
    authorize: mayManage,
    run: (actor, { id, version, ...input }) => updateUser({ actor, id, version, input }),
  });
  if (result?.ok && result.data?.sessionsEnded) return { ...result, message: t("savedSessionsEnded") };
  return result;
}

/** Posted from the confirmation page (confirm=yes); then the account's page says it is deactivated. */
export async function deactivateUserAction(_previous: FormState, formData: FormData) {
  return runAction(formData, {
    schema: deactivateUserSchema,
    authorize: mayManage,
    run: (actor, { id, version }) => setUserActive({ actor, id, version, active: false }),
    redirectTo: (result) => `/staff/users/${result.id}?deactivated=1`,
  });
}

export async function reactivateUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: userStatusSchema,
    authorize: mayManage,
    run: (actor, { id, version }) => setUserActive({ actor, id, version, active: true }),
    successMessage: t("reactivated"),
  });
  return result;
}

export async function resendInvitationAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: resendInvitationSchema,
    authorize: mayManage,
    run: async (actor, { id }) => {
      const invitation = await resendInvitation({ actor, id });
      const mailed = await sendLinkMail({ kind: "INVITATION", ...invitation });
      return { id, mailed };
    },
    successMessage: t("resent"),
  });
  return result;
}
