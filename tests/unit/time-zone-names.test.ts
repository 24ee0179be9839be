import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { valueLabel } from "@/components/staff/audit/labels";
import { formatDateTimeIn, upcomingDate } from "@/lib/content/date-time";
import { timeZoneLabel } from "@/lib/content/format";
import { timeZoneOptions } from "@/lib/content/time-zones";
import en from "@/messages/en.json";
import ar from "@/messages/ar.json";

// Issue 22: time zones are named for the reader wherever staff or visitors
// see one (the time-zone list, the meeting lists, scheduled publication,
// the agenda's hint, the audit log), never by their IANA ID.
const rawId = /\b(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Z]/;
const when = new Date("2026-10-12T07:00:00Z");

describe("time zones named for the reader", () => {
  it("a zone's label is its localized name and offset in every locale", () => {
    expect(timeZoneLabel("Asia/Bishkek", when, "en")).toMatch(/^Kyrgyzstan Time \((GMT|UTC)\+6\)$/);
    expect(timeZoneLabel("Asia/Bishkek", when, "ar")).toContain("قيرغيزستان");
    for (const locale of locales)
      for (const zone of ["Asia/Bishkek", "Europe/Brussels", "Africa/Abidjan", "America/Sao_Paulo", "Asia/Hong_Kong"])
        expect(timeZoneLabel(zone, when, locale), `${locale} ${zone}`).not.toMatch(rawId);
  });

  it("no option of the staff's time-zone list is an ID, not even a meeting's old alias", () => {
    for (const locale of locales) {
      const options = timeZoneOptions(locale, ["Europe/Kiev", "Asia/Calcutta"]);
      expect(options.map((o) => o.value)).toContain("Europe/Kiev");
      for (const option of options) expect(option.label, `${locale} ${option.value}`).not.toMatch(rawId);
    }
  });

  it("a scheduled publication says the meeting's zone by name", () => {
    expect(formatDateTimeIn(when, "en", "Asia/Bishkek")).toMatch(/\(Kyrgyzstan Time \((GMT|UTC)\+6\)\)$/);
    for (const locale of locales) {
      expect(formatDateTimeIn(when, locale, "Asia/Bishkek")).not.toMatch(rawId);
      expect(upcomingDate(when, locale, "Europe/Brussels", when.getTime() - 1000)).not.toMatch(rawId);
    }
  });

  it("the audit log names zones and countries in words", () => {
    for (const [locale, messages] of [
      ["en", en],
      ["ar", ar],
    ] as const) {
      const audit = createTranslator({ locale, messages: messages as typeof en, namespace: "StaffAudit" });
      const words = { audit, languages: audit, codes: [], locale } as never;
      expect(valueLabel("timeZone", "Asia/Bishkek", words)).not.toMatch(rawId);
      expect(valueLabel("timeZone", "Asia/Bishkek", words)).toBe(timeZoneLabel("Asia/Bishkek", new Date(), locale));
      expect(valueLabel("countryCode", "HK", words)).toBe(locale === "en" ? "Hong Kong, China" : "هونغ كونغ، الصين");
    }
  });
});
