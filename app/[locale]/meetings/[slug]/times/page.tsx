import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { slugSchema } from "@/lib/validation/public-filters";
import { canonicalTimeZone } from "@/lib/content/time-zone";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { MeetingTimes } from "@/components/meetings/meeting-times";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// A meeting's times in a zone the visitor picks, for browsers without
// JavaScript (with it, the meeting page shows the visitor's own zone). Rendered
// per request and stored by no cache, so the meeting page itself stays one
// entry for everyone; `tz` must be a canonical zone ID, anything else is a
// 404 that nothing keeps.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: "MeetingTimes" });
  return { title: t("zone"), robots: { index: false, follow: true } };
}

export default async function MeetingTimesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  const slug = slugSchema.parse((await params).slug);
  const { tz } = await searchParams;
  const zone = tz === undefined ? null : canonicalTimeZone(tz);
  if (!slug || (tz !== undefined && !zone)) notFound();
  const meeting = await getPublishedMeeting({ locale, slug });
  if (!meeting) notFound();
  return <MeetingTimes meeting={meeting} locale={locale} zone={zone} />;
}
