import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { fieldLabel, valueLabel, type AuditWords } from "@/components/staff/audit/labels";
import { auditDiff } from "@/lib/audit/diff";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import es from "@/messages/es.json";
import ru from "@/messages/ru.json";
import ar from "@/messages/ar.json";

// Issue 21: the audit log reads as words for reports and cities too: field
// names translated (a report's "values › 1 › indicatorId" is "Indicator
// values › 1 › Indicator"), statuses of reports, plans and decisions in the
// reader's language, ids replaced by the names of what they refer to, and a
// city that had no names shows no "value {}".
const all = { en, fr, es, ru, ar };

function wordsFor(locale: keyof typeof all, names?: Record<string, string>): AuditWords {
  const messages = all[locale] as typeof en;
  const t = (namespace: string) => createTranslator({ locale, messages, namespace: namespace as "StaffAudit" });
  return {
    audit: t("StaffAudit") as never,
    languages: t("Languages") as never,
    codes: ["Staff", "Meeting", "StaffStructures", "StaffAttendees", "Plans", "StaffPlans", "Decisions"].map(
      t,
    ) as never,
    locale,
    names,
  };
}

describe("audit words for reports and cities", () => {
  for (const locale of Object.keys(all) as (keyof typeof all)[]) {
    it(`are words in ${locale}`, () => {
      const words = wordsFor(locale, { cmxindicator1: "Officers trained" });
      const messages = all[locale] as typeof en;
      for (const field of ["values.0.indicatorId", "reportedStatus", "periodEnd", "reviewComment", "title"]) {
        const labels = fieldLabel(field, words).split(" › ");
        field.split(".").forEach((part, i) => {
          if (!/^\d+$/.test(part)) expect(labels[i], field).not.toBe(part);
        });
      }
      expect(fieldLabel("ar", words)).toBe(messages.Languages.ar);
      expect(valueLabel("status", "ACCEPTED", words)).toBe(messages.StaffPlans.reportState.ACCEPTED);
      expect(valueLabel("status", "SUBMITTED", words)).toBe(messages.StaffPlans.reportState.SUBMITTED);
      expect(valueLabel("status", "ADOPTED", words)).toBe(messages.Plans.planStatus.ADOPTED);
      expect(valueLabel("reportedStatus", "DONE", words)).toBe(messages.Plans.status.DONE);
      expect(valueLabel("decisionKind", "NEXT_MEETING", words)).toBe(messages.Decisions.kind.NEXT_MEETING);
      expect(valueLabel("values.0.indicatorId", "cmxindicator1", words)).toBe("Officers trained");
    });
  }

  it("shows no row for an empty record", () => {
    expect(auditDiff({}, { en: "Bishkek", ar: "بيشكيك" })).toEqual([
      { field: "en", before: null, after: "Bishkek", changed: true },
      { field: "ar", before: null, after: "بيشكيك", changed: true },
    ]);
  });
});
