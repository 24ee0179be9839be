"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { reactivateUserAction, resendInvitationAction, updateUserAction } from "@/lib/actions/users";
import type { ScopeOption } from "@/lib/data/users/list-users";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { buttonClass } from "@/components/ui/button";
import { UserFields } from "./user-fields";

export type EditableUser = {
  id: string;
  version: number;
  name: string;
  role: string;
  structureId: string;
  preferredLocale: string;
  active: boolean;
  invitationPending: boolean;
  isSelf: boolean;
  /** Already formatted for the page's locale. */
  invitationText: string;
};

const cardClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

/** The account editor: details, access (deactivate / reactivate) and the invitation. */
export function UserEditor({ user, scopes }: { user: EditableUser; scopes: ScopeOption[] }) {
  const t = useTranslations("StaffUsers");
  const forms = useTranslations("Forms");
  const details = useEditorForm(updateUserAction, {
    name: user.name,
    role: user.role,
    structureId: user.structureId,
    preferredLocale: user.preferredLocale,
  });
  const access = useEditorForm(reactivateUserAction);
  const invitation = useEditorForm(resendInvitationAction);
  const saved = details.state;
  const resent = invitation.state;
  // Re-created with the saved record after a save, with the typed text after a refusal.
  const detailsKey = details.failed ? JSON.stringify(details.failed.values ?? {}) : `v${user.version}`;

  return (
    <div className="grid gap-8 lg:grid-cols-3">
      <section aria-labelledby="details-heading" className={`${cardClass} lg:col-span-2 lg:self-start`}>
        <h2 id="details-heading" className="text-xl font-semibold text-brand-900">
          {t("detailsTitle")}
        </h2>
        <FormAlert
          state={saved}
          labels={{ name: t("name"), role: t("role"), structureId: t("scope"), preferredLocale: t("preferredLocale") }}
        />
        <form key={detailsKey} action={details.formAction} noValidate className="grid gap-5 md:grid-cols-2">
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <UserFields
            scopes={scopes}
            errors={details.errors}
            roleLocked={user.isSelf}
            values={{
              name: details.value("name"),
              role: details.value("role"),
              structureId: details.value("structureId"),
              preferredLocale: details.value("preferredLocale"),
            }}
          />
          <p className="text-sm text-slate-700 md:col-span-2">{t("sessionsNote")}</p>
          <div className="md:col-span-2">
            <button type="submit" disabled={details.pending} className={buttonClass("primary")}>
              {details.pending ? forms("saving") : forms("save")}
            </button>
          </div>
        </form>
      </section>

      <div className="space-y-8">
        <section aria-labelledby="access-heading" className={cardClass}>
          <h2 id="access-heading" className="text-xl font-semibold text-brand-900">
            {t("accessTitle")}
          </h2>
          <FormAlert state={access.state} />
          <p className="text-sm text-slate-800">{user.active ? t("accessActive") : t("accessInactive")}</p>
          {user.isSelf ? (
            <p className="text-sm text-slate-700">{t("selfNote")}</p>
          ) : (
            <>
              {user.active ? (
                // Deactivating is asked on its own page first (a real page: it works without JavaScript).
                <Link href={`/staff/users/${user.id}/deactivate`} className={buttonClass("danger")}>
                  {t("deactivate")}
                </Link>
              ) : (
                <form action={access.formAction}>
                  <input type="hidden" name="id" value={user.id} />
                  <input type="hidden" name="version" value={user.version} />
                  <button type="submit" disabled={access.pending} className={buttonClass("primary")}>
                    {t("reactivate")}
                  </button>
                </form>
              )}
              {user.active ? <p className="mt-2 text-xs text-slate-600">{t("deactivateHint")}</p> : null}
            </>
          )}
        </section>

        <section aria-labelledby="invitation-heading" className={cardClass}>
          <h2 id="invitation-heading" className="text-xl font-semibold text-brand-900">
            {t("invitationTitle")}
          </h2>
          <FormAlert state={resent}>
            {resent?.ok && resent.data && !resent.data.mailed ? (
              <p className="mt-2 font-medium">{t("mailFailed")}</p>
            ) : null}
          </FormAlert>
          <p className="text-sm text-slate-800">{user.invitationText}</p>
          {user.invitationPending && user.active ? (
            <form action={invitation.formAction}>
              <input type="hidden" name="id" value={user.id} />
              <button type="submit" disabled={invitation.pending} className={buttonClass("secondary")}>
                {t("resend")}
              </button>
              <p className="mt-2 text-xs text-slate-600">{t("resendHint")}</p>
            </form>
          ) : null}
        </section>
      </div>
    </div>
  );
}
