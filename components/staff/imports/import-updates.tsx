"use client";

import { useTranslations } from "next-intl";
import { decideImportUpdateAction } from "@/lib/actions/imports";
import type { ImportUpdate } from "@/lib/data/imports/manage-import-updates";
import { Link } from "@/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/staff/editor/form-alert";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

/** Updates offered by a re-import: each applied to its draft or set aside. */
export function ImportUpdates({ updates }: { updates: ImportUpdate[] }) {
  const t = useTranslations("StaffImport");
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {updates.map((update) => (
        <li key={update.id} className="space-y-2 p-4">
          <p className="text-sm" lang={update.locale} dir="auto">
            <Link href={`/staff/news/${update.articleId}`} className="font-semibold text-brand-800 underline">
              {update.currentTitle || update.newTitle}
            </Link>
          </p>
          {update.newTitle !== update.currentTitle ? (
            <p className="text-sm text-slate-700" lang={update.locale} dir="auto">
              {t("newTitle", { title: update.newTitle })}
            </p>
          ) : null}
          <p className="truncate text-xs text-slate-600" dir="ltr">
            {update.source}
          </p>
          <UpdateDecision id={update.id} />
        </li>
      ))}
    </ul>
  );
}

function UpdateDecision({ id }: { id: string }) {
  const t = useTranslations("StaffImport");
  const { state, formAction, pending } = useEditorForm(decideImportUpdateAction);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <FormAlert state={state} />
      <input type="hidden" name="id" value={id} />
      <Button name="decision" value="apply" size="sm" disabled={pending}>
        {t("applyUpdate")}
      </Button>
      <Button name="decision" value="keep" variant="plain" size="sm" disabled={pending}>
        {t("keepDraft")}
      </Button>
    </form>
  );
}
