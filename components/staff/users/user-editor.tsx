"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { reactivateUserAction, resendInvitationAction, updateUserAction } from "@/lib/actions/users";
import type { ScopeOption } from "@/lib/data/users/list-users";
import { FormAlert } from "@/components/staff/editor/form-alert";
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

const text = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
const buttonClass = "rounded px-4 py-2 text-sm font-semibold disabled:opacity-60";
const cardClass = "space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6";

/** The account editor: details, access (deactivate / reactivate) and the invitation. */
export function UserEditor({ user, scopes }: { user: EditableUser; scopes: ScopeOption[] }) {
  const t = useTranslations("StaffUsers");
  const forms = useTranslations("Forms");
  const [saved, save, saving] = useActionState(updateUserAction, null);
  const [status, changeStatus, changingStatus] = useActionState(reactivateUserAction, null);
  const [resent, resend, resending] = useActionState(resendInvitationAction, null);

  const errors = saved && !saved.ok ? saved.fieldErrors : {};
  const values = saved && !saved.ok ? (saved.values ?? {}) : {};
  // Re-created with the saved record after a save, with the typed text after a refusal.
  const detailsKey = saved && !saved.ok ? JSON.stringify(values) : `v${user.version}`;

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
        <form key={detailsKey} action={save} noValidate className="grid gap-5 md:grid-cols-2">
          <input type="hidden" name="id" value={user.id} />
          <input type="hidden" name="version" value={user.version} />
          <UserFields
            scopes={scopes}
            errors={errors}
            roleLocked={user.isSelf}
            values={{
              name: text(values.name, user.name),
              role: text(values.role, user.role),
              structureId: text(values.structureId, user.structureId),
              preferredLocale: text(values.preferredLocale, user.preferredLocale),
            }}
          />
          <p className="text-sm text-slate-700 md:col-span-2">{t("sessionsNote")}</p>
          <div className="md:col-span-2">
            <button
              type="submit"
              disabled={saving}
              className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}
            >
              {saving ? forms("saving") : forms("save")}
            </button>
          </div>
        </form>
      </section>

      <div className="space-y-8">
        <section aria-labelledby="access-heading" className={cardClass}>
          <h2 id="access-heading" className="text-xl font-semibold text-brand-900">
            {t("accessTitle")}
          </h2>
          <FormAlert state={status} />
          <p className="text-sm text-slate-800">{user.active ? t("accessActive") : t("accessInactive")}</p>
          {user.isSelf ? (
            <p className="text-sm text-slate-700">{t("selfNote")}</p>
          ) : (
            <>
              {user.active ? (
                // Deactivating is asked on its own page first (a real page: it works without JavaScript).
                <Link
                  href={`/staff/users/${user.id}/deactivate`}
                  className={`${buttonClass} inline-block border border-red-700 bg-white text-red-800 hover:bg-red-50`}
                >
                  {t("deactivate")}
                </Link>
              ) : (
                <form action={changeStatus}>
                  <input type="hidden" name="id" value={user.id} />
                  <input type="hidden" name="version" value={user.version} />
                  <button
                    type="submit"
                    disabled={changingStatus}
                    className={`${buttonClass} bg-brand-700 text-white hover:bg-brand-800`}
                  >
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
            <form action={resend}>
              <input type="hidden" name="id" value={user.id} />
              <button
                type="submit"
                disabled={resending}
                className={`${buttonClass} border border-brand-700 bg-white text-brand-800 hover:bg-brand-50`}
              >
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
