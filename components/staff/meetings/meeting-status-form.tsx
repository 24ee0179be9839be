"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setMeetingStatusAction } from "@/lib/actions/meetings";
import { FormMessage } from "@/components/ui/form-fields";

const transitions: Record<string, { status: string; key: "publish" | "archive" | "unpublish" | "restore"; tone: string }[]> = {
  DRAFT: [{ status: "PUBLISHED", key: "publish", tone: "bg-green-800 text-white hover:bg-green-900" }],
  PUBLISHED: [
    { status: "ARCHIVED", key: "archive", tone: "border border-slate-500 text-slate-800 hover:bg-slate-100" },
    { status: "DRAFT", key: "unpublish", tone: "border border-red-800 text-red-800 hover:bg-red-50" },
  ],
  ARCHIVED: [
    { status: "PUBLISHED", key: "restore", tone: "border border-brand-700 text-brand-800 hover:bg-brand-50" },
    { status: "DRAFT", key: "unpublish", tone: "border border-red-800 text-red-800 hover:bg-red-50" },
  ],
};

/** The meeting's own status: draft → published → archived, and back to draft. */
export function MeetingStatusForm({ id, version, status, hasPublishedText }: { id: string; version: number; status: string; hasPublishedText: boolean }) {
  const t = useTranslations("StaffMeetings");
  const staff = useTranslations("Staff");
  const [state, action, pending] = useActionState(setMeetingStatusAction, null);
  return (
    <section aria-labelledby="status-heading" className="space-y-3 card sm:p-6">
      <h2 id="status-heading" className="text-lg font-semibold text-brand-900">
        {t("statusHeading")}
      </h2>
      <p className="text-sm text-slate-800">{t("statusNow", { status: staff(`status.${status as "DRAFT"}`) })}</p>
      <p className="text-sm text-slate-700">{t(`statusHelp.${status as "DRAFT"}`)}</p>
      {status !== "DRAFT" && !hasPublishedText ? <p className="text-sm font-medium text-amber-900">{t("noPublishedText")}</p> : null}
      <FormMessage state={state} />
      <form action={action} className="flex flex-wrap gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {(transitions[status] ?? []).map((move) => (
          <button key={move.key} type="submit" name="status" value={move.status} disabled={pending} className={`rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${move.tone}`}>
            {t(`statusAction.${move.key}`)}
          </button>
        ))}
      </form>
    </section>
  );
}
