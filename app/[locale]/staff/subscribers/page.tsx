import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/params";
import { staffPage } from "@/lib/auth/guard";
import { getSubscriberOverview } from "@/lib/data/alerts/count-subscribers";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { AlertOverview } from "@/components/staff/subscribers/alert-overview";
import { SubscriberRequestForms } from "@/components/staff/subscribers/subscriber-request-forms";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: "StaffSubscribers" });
  return { title: t("title"), robots: { index: false } };
}

/** Administrators: e-mail alerts' counts and queue, and a subscriber's requests (export, erasure). */
export default async function StaffSubscribersPage({ params }: Props) {
  const { locale, user } = await staffPage(params, "alerts.manage");
  const [t, overview] = await Promise.all([
    getTranslations({ locale, namespace: "StaffSubscribers" }),
    getSubscriberOverview(user, locale),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="space-y-10">
        <SubscriberRequestForms />
        <Section id="alerts" title={t("overviewHeading")}>
          <AlertOverview overview={overview} locale={locale} />
        </Section>
      </div>
    </>
  );
}
