import { afterResponse } from "@/lib/actions/after-response";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { getConfig } from "@/lib/config";
import { createSubscription } from "@/lib/data/alerts/create-subscription";
import { formLocale, formOf, seeOther } from "@/lib/http/form-posts";
import { confirmationMail } from "@/lib/mail/alert-mail";
import { sendMail } from "@/lib/mail/mailer";
import { subscribeSchema } from "@/lib/validation/alerts";

export const dynamic = "force-dynamic";

// The subscribe form of the public pages (components/alerts/subscribe-form.tsx)
// posts here: a route outside every cache, so the cached pages that carry the
// form hold no token, cookie or session. Success and "already subscribed"
// look the same (the confirmation mail goes out after the response, so the
// timing says nothing either); a bad field goes back to the form page with
// the visitor's input.

const fields = ["email", "scope", "target", "content", "frequency", "language"] as const;

export async function POST(request: Request) {
  const form = await formOf(request);
  const locale = formLocale(form?.get("locale") ?? null);
  const raw = Object.fromEntries(fields.map((name) => [name, String(form?.get(name) ?? "")]));
  const back = (error: string) =>
    seeOther(`/${locale}/alerts/subscribe?${new URLSearchParams({ ...raw, error }).toString()}`);
  const parsed = subscribeSchema.safeParse({ ...raw, language: raw.language || locale });
  if (!parsed.success) {
    const emailIssue = parsed.error.issues.find((issue) => issue.path[0] === "email");
    return back(emailIssue ? (emailIssue.message === "required" ? "required" : "invalidEmail") : "unknownTarget");
  }
  const ip = clientAddressFrom(request.headers, getConfig().TRUSTED_PROXY_HOPS);
  const result = await createSubscription(parsed.data, ip);
  if (!result.ok) return back(result.reason);
  const { confirmation } = result;
  afterResponse("alert confirmation mail", async () =>
    sendMail(
      await confirmationMail({
        to: confirmation.to,
        locale: parsed.data.language,
        targetName: confirmation.targetName,
        token: confirmation.token,
      }),
    ),
  );
  return seeOther(`/${locale}/alerts/sent`);
}
