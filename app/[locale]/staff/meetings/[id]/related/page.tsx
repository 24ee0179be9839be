import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { meetingEditorAccess } from "@/lib/auth/guard";
import { unlinkMeetingAction } from "@/lib/actions/meeting-relations";
import { formatDateRange } from "@/lib/content/format";
import { getMeetingRelations } from "@/lib/data/meetings/get-meeting-editor";
import { relationSearchSchema } from "@/lib/validation/meeting-items";
import type { SearchParams } from "@/lib/validation/public-filters";
import { ActionButton } from "@/components/staff/editor/action-button";
import { StatusBadge } from "@/components/staff/editor/translation-badges";
import { MeetingEditorHeader } from "@/components/staff/meetings/meeting-editor-header";
import { RelationForm } from "@/components/staff/meetings/relation-form";
import { Section } from "@/components/ui/section";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return { title: t("relatedTitle"), robots: { index: false } };
}

export default async function MeetingRelatedPage({ params, searchParams }: Props) {
  const { locale, id, user, meeting } = await meetingEditorAccess(params);
  const q = relationSearchSchema.parse((await searchParams).q) || undefined;
  const relations = await getMeetingRelations({ actor: user, id, locale, q });
  if (!relations) notFound();
  const [t, meetings] = await Promise.all([
    getTranslations({ locale, namespace: "StaffMeetings" }),
    getTranslations({ locale, namespace: "Meetings" }),
  ]);
  const ref = { meetingId: meeting.id, version: meeting.version };
  const dates = (m: { startsAt: Date; endsAt: Date; timeZone: string }) =>
    formatDateRange(m.startsAt, m.endsAt, m.timeZone, locale);
  return (
    <>
      <MeetingEditorHeader locale={locale} meeting={meeting} active="related" />
      <div className="space-y-10">
        <Section id="related-links" title={t("relatedTitle")}>
          <p className="text-sm text-slate-700">{t("relatedIntro")}</p>
          {relations.links.length ? (
            <ul className="space-y-3">
              {relations.links.map((link) => (
                <li key={link.meeting.id} className="flex flex-wrap items-center justify-between gap-3 card">
                  <div className="min-w-0">
                    <p className="text-xs font-semibold tracking-wide text-slate-700 uppercase">
                      {meetings(`relation.${link.kind}`)}
                    </p>
                    <p className="font-semibold text-slate-900" lang={link.meeting.titleLocale} dir="auto">
                      {link.meeting.title}
                    </p>
                    <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                      <span>{dates(link.meeting)}</span>
                      <StatusBadge status={link.meeting.status} />
                    </p>
                  </div>
                  {link.meeting.mayChange ? (
                    <ActionButton
                      action={unlinkMeetingAction}
                      fields={{ ...ref, targetId: link.meeting.id }}
                      label={t("removeLink")}
                      detail={link.meeting.title}
                      variant="danger"
                    />
                  ) : (
                    <p className="max-w-xs text-sm text-slate-700">{t("linkOtherScope")}</p>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("relatedEmpty")}</p>
          )}
        </Section>
        <Section id="related-add" title={t("addRelated")}>
          <form
            method="get"
            role="search"
            aria-label={t("searchLabel")}
            className="flex flex-wrap items-end gap-3 card"
          >
            <div className="min-w-0 flex-1">
              <label htmlFor="related-q" className="block text-sm font-medium text-slate-800">
                {t("searchLabel")}
              </label>
              <input
                id="related-q"
                name="q"
                type="search"
                defaultValue={q ?? ""}
                maxLength={100}
                aria-describedby="related-q-hint"
                className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-sm"
              />
              <p id="related-q-hint" className="mt-1 text-xs text-slate-600">
                {t("searchHint")}
              </p>
            </div>
            <button type="submit" className={buttonClass("primary")}>
              {t("searchButton")}
            </button>
          </form>
          {q ? (
            relations.candidates.length ? (
              <ul className="space-y-3" aria-label={t("searchResults")}>
                {relations.candidates.map((candidate) => (
                  <li key={candidate.id} className="flex flex-wrap items-end justify-between gap-3 card">
                    <div className="min-w-0">
                      <p className="font-semibold text-slate-900" lang={candidate.titleLocale} dir="auto">
                        {candidate.title}
                      </p>
                      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                        <span>{dates(candidate)}</span>
                        <StatusBadge status={candidate.status} />
                      </p>
                    </div>
                    <RelationForm {...ref} targetId={candidate.id} targetTitle={candidate.title} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="rounded border border-slate-200 bg-white p-6 text-slate-700">{t("noCandidates")}</p>
            )
          ) : null}
        </Section>
      </div>
    </>
  );
}
