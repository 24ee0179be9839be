import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { clientMessages } from "@/i18n/client-messages";

/**
 * The messages of the visitor's-zone lines (LocalTimes, AgendaInYourZone),
 * given to them only on the pages that show them: every public page carries
 * the public client messages in its HTML, so this namespace stays out of them.
 */
export async function MeetingTimesMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider messages={await clientMessages(["MeetingTimes"])}>{children}</NextIntlClientProvider>;
}
