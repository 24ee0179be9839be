import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";

export type EditorTab = "details" | "agenda" | "outcomes" | "related" | "attendees" | "documents" | "preview";

/** The sections of a meeting's editor, in tab order. */
export function editorTabs(id: string): { tab: EditorTab; href: string }[] {
  const base = `/staff/meetings/${id}`;
  return [
    { tab: "details", href: base },
    { tab: "agenda", href: `${base}/agenda` },
    { tab: "outcomes", href: `${base}/outcomes` },
    { tab: "related", href: `${base}/related` },
    { tab: "attendees", href: `${base}/attendees` },
    { tab: "documents", href: `${base}/documents` },
    { tab: "preview", href: `${base}/preview` },
  ];
}

/** The tab bar of a meeting's editor: one link per section, the current one marked. */
export async function MeetingEditorTabs({ locale, id, active }: { locale: AppLocale; id: string; active: EditorTab }) {
  const t = await getTranslations({ locale, namespace: "StaffMeetings" });
  return (
    <nav aria-label={t("sections")} className="overflow-x-auto border-b border-slate-300">
      <ul className="flex min-w-max gap-1">
        {editorTabs(id).map(({ tab, href }) => {
          const current = tab === active;
          return (
            <li key={tab}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`-mb-px block border-b-4 px-3 py-2 text-sm font-medium ${
                  current ? "border-brand-700 text-brand-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-800"
                }`}
              >
                {t(`tab.${tab}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
