import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { actionLabel, entityTypeLabel } from "@/components/staff/audit/labels";
import { recordEditorPath } from "@/lib/audit/diff";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import ar from "@/messages/ar.json";

// Issue 18: every audit entry the new actions write is readable in the log,
// in every language: its action and its record type in words, never a code.
const newActions = [
  "meeting.delete",
  "news.delete",
  "plan.delete",
  "report.reopen",
  "city.names",
  "city.suggest",
  "city.rejectSuggestion",
  "organization.update",
  "organization.merge",
  "organization.delete",
];
const newTypes = ["City", "Organization", "ActionPlan", "ProgressReport"];

describe("audit labels of issue 18's actions", () => {
  for (const [locale, messages] of Object.entries({ en, fr, es, ru, ar })) {
    it(`are words in ${locale}`, () => {
      const t = createTranslator({ locale: locale as "en", messages: messages as typeof en, namespace: "StaffAudit" });
      for (const action of newActions) expect(actionLabel(action, t as never), action).not.toBe(action);
      for (const type of newTypes)
        expect(entityTypeLabel(type, t as never), type).toBe(t(`type.${type.toLowerCase()}` as never));
    });
  }

  it("link organizations, plans and reports to their editors", () => {
    expect(recordEditorPath("Organization", "o1")).toBe("/staff/organizations/o1");
    expect(recordEditorPath("ActionPlan", "p1")).toBe("/staff/plans/p1");
    expect(recordEditorPath("ProgressReport", "r1")).toBe("/staff/reports/r1");
  });
});
