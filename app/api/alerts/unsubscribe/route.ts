import { forgetSubscriber, unsubscribe } from "@/lib/data/alerts/manage-subscriptions";
import { formLocale, formOf, seeOther } from "@/lib/http/form-posts";

export const dynamic = "force-dynamic";

// Two callers:
// - RFC 8058 one-click: a mail provider POSTs "List-Unsubscribe=One-Click" to
//   the URL of the List-Unsubscribe header (token in the query), without
//   cookies and from its own origin (the request seam lets this one path
//   through its cross-origin check). The answer is a plain 200.
// - The manage page's buttons: token, subscription (none: all) and "forget".
// A GET of the header's URL (a person clicking it) opens the manage page:
// RFC 8058 forbids unsubscribing on a GET.

export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = await formOf(request);
  const oneClick = form?.get("List-Unsubscribe") === "One-Click";
  const token = String(form?.get("token") ?? url.searchParams.get("token") ?? "");
  const subscription = String(form?.get("subscription") ?? url.searchParams.get("subscription") ?? "") || null;
  const locale = formLocale(form?.get("locale") ?? url.searchParams.get("locale"));
  if (oneClick) {
    const done = await unsubscribe(token, subscription);
    return new Response(done ? "Unsubscribed\n" : "Link not valid\n", {
      status: done ? 200 : 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (form?.get("forget") === "1") {
    const done = await forgetSubscriber(token);
    return seeOther(`/${locale}/alerts/manage?${new URLSearchParams({ done: done ? "forgotten" : "invalid" })}`);
  }
  const done = await unsubscribe(token, subscription);
  return seeOther(
    `/${locale}/alerts/manage?${new URLSearchParams({ token, done: done ? "unsubscribed" : "invalid" })}`,
  );
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const locale = formLocale(url.searchParams.get("locale"));
  return seeOther(`/${locale}/alerts/manage?${new URLSearchParams({ token: url.searchParams.get("token") ?? "" })}`);
}
