"use client";

import { useTranslations } from "next-intl";
import { eraseSubscriberAction, exportSubscriberAction } from "@/lib/actions/alert-subscribers";
import { TextField } from "@/components/ui/form-fields";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";
import { Button } from "@/components/ui/button";

/**
 * A subscriber's requests, handled by an administrator: the export of what
 * is stored about an address (shown here and offered as a file), and its
 * erasure (the box must be ticked). Plain forms: they work without JavaScript.
 */
export function SubscriberRequestForms() {
  const t = useTranslations("StaffSubscribers");
  const exported = useEditorForm(exportSubscriberAction);
  const erased = useEditorForm(eraseSubscriberAction);
  const result = exported.state?.ok ? exported.state.data : null;
  const json = result?.export ? JSON.stringify(result.export, null, 2) : null;
  const erasedResult = erased.state?.ok ? erased.state.data : null;
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form action={exported.formAction} noValidate className="min-w-0 space-y-4 card" aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-lg font-semibold text-brand-900">
          {t("exportHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("exportIntro")}</p>
        <FormAlert
          state={exported.state}
          labels={{ email: t("email") }}
          idFor={(name) => `export-${name}`}
          successMessage={result && !result.export ? t("notStored") : undefined}
        />
        <TextField
          id="export-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t("email")}
          errors={exported.errors.email}
          defaultValue={exported.value("email")}
        />
        <Button disabled={exported.pending}>{t("export")}</Button>
        {json ? (
          <div className="space-y-2">
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`}
              download="subscriber.json"
              className="font-medium text-brand-800 underline"
            >
              {t("download")}
            </a>
            <pre
              dir="ltr"
              data-testid="subscriber-export"
              className="max-h-96 overflow-auto rounded bg-slate-100 p-3 text-xs text-slate-900"
            >
              {json}
            </pre>
          </div>
        ) : null}
      </form>
      <form action={erased.formAction} noValidate className="min-w-0 space-y-4 card" aria-labelledby="erase-heading">
        <h2 id="erase-heading" className="text-lg font-semibold text-brand-900">
          {t("eraseHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("eraseIntro")}</p>
        <FormAlert
          state={erased.state}
          labels={{ email: t("email"), confirm: t("confirmErase") }}
          idFor={(name) => `erase-${name}`}
          successMessage={erasedResult && !erasedResult.erased ? t("notStored") : undefined}
        />
        <TextField
          id="erase-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t("email")}
          errors={erased.errors.email}
          defaultValue={erasedResult ? "" : erased.value("email")}
        />
        <div>
          <label className="flex items-center gap-2 text-sm text-slate-900">
            <input id="erase-confirm" type="checkbox" name="confirm" value="yes" className="size-4 accent-red-700" />
            {t("confirmErase")}
          </label>
          {erased.errors.confirm?.length ? (
            <p className="mt-1 text-sm font-medium text-red-800">{erased.errors.confirm.join(" ")}</p>
          ) : null}
        </div>
        <Button variant="dangerSolid" disabled={erased.pending}>
          {t("erase")}
        </Button>
      </form>
    </div>
  );
}
