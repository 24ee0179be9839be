import { clientAddressFrom } from "@/lib/auth/client-address";
import { getConfig } from "@/lib/config";
import { confirmSubscription } from "@/lib/data/alerts/confirm-subscription";
import { formLocale, formOf, seeOther } from "@/lib/http/form-posts";

export const dynamic = "force-dynamic";

/** The button of the confirmation page: confirms, then shows the subscriber's manage page. */
export async function POST(request: Request) {
  const form = await formOf(request);
  const locale = formLocale(form?.get("locale") ?? null);
  const token = String(form?.get("token") ?? "").slice(0, 200);
  const ip = clientAddressFrom(request.headers, getConfig().TRUSTED_PROXY_HOPS);
  const result = await confirmSubscription(token, ip);
  if (!result.ok)
    return seeOther(`/${locale}/alerts/confirm?${new URLSearchParams({ token, error: result.reason }).toString()}`);
  return seeOther(`/${locale}/alerts/manage?${new URLSearchParams({ token: result.manageToken, done: "confirmed" })}`);
}
