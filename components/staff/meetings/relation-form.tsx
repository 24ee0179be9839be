"use client";

import { useTranslations } from "next-intl";
import { linkMeetingAction } from "@/lib/actions/meeting-relations";
import { relationKinds } from "@/lib/validation/meeting-items";
import { buttonClass } from "@/components/ui/button";
import { useEditorForm } from "@/components/staff/editor/use-editor-form";

/** Links the edited meeting to one search result, with the kind of link. */
export function RelationForm({
  meetingId,
  version,
  targetId,
  targetTitle,
}: {
  meetingId: string;
  version: number;
  targetId: string;
  targetTitle: string;
}) {
  const t = useTranslations("StaffMeetings");
  const meetings = useTranslations("Meetings");
  const { formAction: action, pending, failed } = useEditorForm(linkMeetingAction);
  const selectId = `relation-kind-${targetId}`;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="targetId" value={targetId} />
      <div>
        <label htmlFor={selectId} className="block text-xs font-medium text-slate-800">
          {t("field.relationKind")}
          <span className="sr-only">: {targetTitle}</span>
        </label>
        <select
          id={selectId}
          name="kind"
          defaultValue="BACK_TO_BACK"
          className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 text-sm"
        >
          {relationKinds.map((kind) => (
            <option key={kind} value={kind}>
              {meetings(`relation.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "sm")}>
        {t("linkButton")}
        <span className="sr-only">: {targetTitle}</span>
      </button>
      {failed ? (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {[failed.message, ...Object.values(failed.fieldErrors).flat()].join(" ")}
        </p>
      ) : null}
    </form>
  );
}
