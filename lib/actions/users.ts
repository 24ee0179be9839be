"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { inviteUser, resendInvitation, setUserActive, updateUser } from "@/lib/data/staff/users";
import { sendLinkMail } from "@/lib/mail/user-mail";
import { inviteUserSchema, resendInvitationSchema, updateUserSchema, userStatusSchema } from "@/lib/validation/users";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// Account administration (administrators only). The link token goes into the
// mail and nowhere else: results carry ids and flags only.

/** After a change the page re-renders with the new data (version, status). */
function refreshed<T extends FormState<unknown>>(result: T): T {
  if (result?.ok) {
    try {
      refresh();
    } catch {
      // Outside a Server Action request (tests): nothing to refresh.
    }
  }
  return result;
}

const mayManage = (actor: Parameters<typeof can>[0]) => can(actor, "user.manage");

export async function inviteUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: inviteUserSchema,
    authorize: mayManage,
    run: async (actor, input) => {
      const invitation = await inviteUser({ actor, input });
      const mailed = await sendLinkMail({ kind: "INVITATION", ...invitation });
      return { id: invitation.id, email: invitation.to, name: invitation.name, mailed };
    },
    successMessage: t("invited"),
  });
  return refreshed(result);
}

export async function updateUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: updateUserSchema,
    authorize: mayManage,
    run: (actor, { id, version, ...input }) => updateUser({ actor, id, version, input }),
  });
  if (result?.ok && result.data?.sessionsEnded) return refreshed({ ...result, message: t("savedSessionsEnded") });
  return refreshed(result);
}

export async function deactivateUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: userStatusSchema,
    authorize: mayManage,
    run: (actor, { id, version }) => setUserActive({ actor, id, version, active: false }),
    successMessage: t("deactivated"),
  });
  return refreshed(result);
}

export async function reactivateUserAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffUsers");
  const result = await runAction(formData, {
    schema: userStatusSchema,
    authorize: mayManage,
    run: (actor, { id, version }) => setUserActive({ actor, id, version, active: true }),
    successMessage: t("reactivated"),
  });
  return refreshed(result);
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
  return refreshed(result);
}
