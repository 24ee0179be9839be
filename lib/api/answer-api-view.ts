import "server-only";
// The open data API: each canonical view (lib/api/views.ts) answered from the
// public data functions, so the API shows exactly what the pages show (only
// published records, never named people) and its cached responses carry the
// same tags. Documents follow lib/api/schemas.ts; one file per resource.
import type { AppLocale } from "@/i18n/routing";
import { answerDecision, answerDecisions } from "./decisions";
import { answerMeeting, answerMeetings } from "./meetings";
import { answerNews, answerNewsArticle } from "./news";
import { answerPlan, answerPlans } from "./plans";
import { answerRegion, answerRegions } from "./regions";
import { answerStructure, answerStructures } from "./structures";
import type { ApiView } from "./views";

export async function answerApiView(view: ApiView): Promise<Response> {
  const locale = (view.query.locale ?? "en") as AppLocale;
  switch (view.resource) {
    case "meetings":
      return view.key ? answerMeeting(view.key, locale) : answerMeetings(view, locale);
    case "structures":
      return view.key ? answerStructure(view.key, locale) : answerStructures(view, locale);
    case "regions":
      return view.key ? answerRegion(view.key, locale) : answerRegions(view, locale);
    case "news":
      return view.key ? answerNewsArticle(view.key, locale) : answerNews(view, locale);
    case "plans":
      return view.key ? answerPlan(view.key, locale) : answerPlans(view, locale);
    case "decisions":
      return view.key ? answerDecision(view.key, locale) : answerDecisions(view, locale);
  }
}
