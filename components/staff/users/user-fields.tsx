"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { locales } from "@/i18n/routing";
import type { FieldErrors } from "@/lib/actions/form-state";
import type { ScopeOption } from "@/lib/data/staff/user-list";
import { userRoles } from "@/lib/validation/users";

export type UserFieldValues = { name: string; role: string; structureId: string; preferredLocale: string };

const selectClass =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700";

/** The scope structure, grouped by kind (a plain select with option groups). */
function ScopeSelect({ scopes, defaultValue, errors }: { scopes: ScopeOption[]; defaultValue: string; errors?: string[] }) {
  const t = useTranslations("StaffUsers");
  const id = "field-structureId";
  const groups = [
    { kind: "ROCB", label: t("scopeRocbs") },
    { kind: "RTC", label: t("scopeRtcs") },
  ] as const;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {t("scope")}
      </label>
      <select
        id={id}
        name="structureId"
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        className={selectClass}
      >
        <option value="">{t("scopeNone")}</option>
        {groups.map((group) => (
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
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
        {t("scopeHint")}
      </p>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

/** Name, role, scope and language: shared by the invitation and the account editor. */
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
  return (
    <>
      <TextField name="name" label={t("name")} autoComplete="off" defaultValue={values.name} errors={errors.name} required maxLength={120} />
      {roleLocked ? (
        <div>
          <input type="hidden" name="role" value={values.role} />
          <p className="block text-sm font-medium text-slate-800">{t("role")}</p>
          <p className="mt-1 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-900">{staff(`role.${values.role as "ADMIN"}`)}</p>
          <p className="mt-1 text-xs text-slate-600">{t("ownRoleLocked")}</p>
        </div>
      ) : (
        <SelectField
          name="role"
          label={t("role")}
          defaultValue={values.role}
          errors={errors.role}
          options={userRoles.map((role) => ({ value: role, label: staff(`role.${role}`) }))}
        />
      )}
      <ScopeSelect scopes={scopes} defaultValue={values.structureId} errors={errors.structureId} />
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
