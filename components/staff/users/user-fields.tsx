"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { locales } from "@/i18n/routing";
import type { FieldErrors } from "@/lib/actions/form-state";
import type { ScopeOption } from "@/lib/data/users/list-users";
import { userRoles } from "@/lib/validation/users";
import { useHydrated } from "@/components/staff/editor/use-hydrated";

export type UserFieldValues = { name: string; role: string; structureId: string; preferredLocale: string };

const selectClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700 disabled:bg-slate-100";

/** The structures a role can be scoped to: ROCB staff a ROCB, RTC representatives an RTC, administrators none. */
const kindFor = (role: string) => (role === "ROCB_STAFF" ? "ROCB" : role === "RTC_REP" ? "RTC" : null);

/**
 * Name, role, scope and language: shared by the invitation and the account
 * editor. The role decides which scopes can be chosen (with JavaScript the
 * list follows the role at once; without it, the server checks the pair).
 */
export function UserFields({
  values,
  errors,
  scopes,
  roleLocked,
}: {
  values: UserFieldValues;
  errors: FieldErrors;
  scopes: ScopeOption[];
  /** The administrator's own account: the role stays (nobody demotes themselves). */
  roleLocked?: boolean;
}) {
  const t = useTranslations("StaffUsers");
  const staff = useTranslations("Staff");
  const languages = useTranslations("Languages");
  const hydrated = useHydrated();
  const [role, setRole] = useState(values.role);
  const [structureId, setStructureId] = useState(values.structureId);
  const kind = kindFor(role);

  function chooseRole(next: string) {
    setRole(next);
    const wanted = kindFor(next);
    // Keep the scope if it fits the new role, else the first that does (none for administrators).
    if (!wanted) setStructureId("");
    else if (!scopes.some((s) => s.id === structureId && s.kind === wanted))
      setStructureId(scopes.find((s) => s.kind === wanted)?.id ?? "");
  }

  const groups = [
    { kind: "ROCB", label: t("scopeRocbs") },
    { kind: "RTC", label: t("scopeRtcs") },
  ] as const;
  const shownGroups = hydrated ? groups.filter((g) => g.kind === kind) : groups;
  const scopeId = "field-structureId";
  return (
    <>
      <TextField
        name="name"
        label={t("name")}
        autoComplete="off"
        defaultValue={values.name}
        errors={errors.name}
        required
        maxLength={120}
      />
      {roleLocked ? (
        <div>
          <input type="hidden" name="role" value={values.role} />
          <p className="block text-sm font-medium text-slate-800">{t("role")}</p>
          <p className="mt-1 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-900">
            {staff(`role.${values.role as "ADMIN"}`)}
          </p>
          <p className="mt-1 text-xs text-slate-600">{t("ownRoleLocked")}</p>
        </div>
      ) : (
        <SelectField
          name="role"
          label={t("role")}
          value={role}
          onChange={(e) => chooseRole(e.target.value)}
          errors={errors.role}
          options={userRoles.map((r) => ({ value: r, label: staff(`role.${r}`) }))}
        />
      )}
      <div>
        <label htmlFor={scopeId} className="block text-sm font-medium text-slate-800">
          {t("scope")}
        </label>
        <select
          id={scopeId}
          name="structureId"
          value={structureId}
          onChange={(e) => setStructureId(e.target.value)}
          disabled={hydrated && !kind}
          aria-invalid={errors.structureId?.length ? true : undefined}
          aria-describedby={`${scopeId}-hint ${scopeId}-error`}
          className={selectClass}
        >
          {!hydrated || !kind ? <option value="">{t("scopeNone")}</option> : null}
          {shownGroups.map((group) => (
            <optgroup key={group.kind} label={group.label}>
              {scopes
                .filter((s) => s.kind === group.kind)
                .map((s) => (
                  <option key={s.id} value={s.id} lang={s.lang}>
                    {s.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <p id={`${scopeId}-hint`} className="mt-1 text-xs text-slate-600">
          {kind === "ROCB" ? t("scopeHintRocb") : kind === "RTC" ? t("scopeHintRtc") : t("scopeHint")}
        </p>
        <p id={`${scopeId}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
          {errors.structureId?.join(" ")}
        </p>
      </div>
      <SelectField
        name="preferredLocale"
        label={t("preferredLocale")}
        hint={t("preferredLocaleHint")}
        defaultValue={values.preferredLocale}
        errors={errors.preferredLocale}
        options={locales.map((locale) => ({ value: locale, label: languages(locale) }))}
      />
    </>
  );
}
