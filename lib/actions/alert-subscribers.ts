"use server";

import { getTranslations } from "next-intl/server";
import { eraseSubscriber, exportSubscriber } from "@/lib/data/alerts/administer-subscriber";
import { eraseSubscriberSchema, subscriberRequestSchema } from "@/lib/validation/alerts";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";

// E-mail subscribers (administrators only), on a subscriber's request: the
// export of what is stored about an address, and its erasure (confirmed by a
// ticked box). Both audited by the data functions.

const mayManage = () => ({ action: "alerts.manage" as const });

export async function exportSubscriberAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffSubscribers");
  return runAction(formData, {
    schema: subscriberRequestSchema,
    authorize: mayManage,
    run: async (actor, { email }) => ({ export: await exportSubscriber(actor, email) }),
    successMessage: t("exported"),
    refreshPage: false,
  });
}

export async function eraseSubscriberAction(_previous: FormState, formData: FormData) {
  const t = await getTranslations("StaffSubscribers");
  return runAction(formData, {
    schema: eraseSubscriberSchema,
    authorize: mayManage,
    run: async (actor, { email }) => ({ erased: await eraseSubscriber(actor, email) }),
    successMessage: t("erasedDone"),
    refreshPage: false,
  });
}
