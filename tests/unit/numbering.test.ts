// Digits are pinned per locale (lib/content/intl-locale.ts) and must not depend
// on the ICU version. "ar-EG" defaults to Arabic-Indic digits in every ICU, so
// formatting with it stands in for an ICU whose plain "ar" still does.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { formatDate, formatDateRange } from "@/lib/content/format";
import { formatDateTimeUtc } from "@/lib/content/date-time";
import { intlLocale, messageFormats, numberingSystems } from "@/lib/content/intl-locale";

const arabicIndicDigits = /[\u0660-\u0669\u06f0-\u06f9]/;
const flatten = (object: Record<string, unknown>, prefix = ""): [string, string][] =>
  Object.entries(object).flatMap(([key, value]) =>
    value && typeof value === "object"
      ? flatten(value as Record<string, unknown>, `${prefix}${key}.`)
      : [[`${prefix}${key}`, String(value)] as [string, string]],
  );

describe("numbering system", () => {
  it("pins every locale's digits in the tag handed to Intl", () => {
    for (const locale of locales) {
      expect(new Intl.NumberFormat(intlLocale(locale)).resolvedOptions().numberingSystem, locale).toBe(
        numberingSystems[locale],
      );
      expect(new Intl.DateTimeFormat(intlLocale(locale)).resolvedOptions().numberingSystem, locale).toBe(
        numberingSystems[locale],
      );
    }
    expect(intlLocale("ar")).toBe("ar-u-nu-latn");
  });

  it("formats Arabic dates with Latin digits", () => {
    const start = new Date("2021-10-12T03:00:00Z");
    const end = new Date("2021-10-15T11:00:00Z");
    for (const text of [
      formatDate(start, "ar"),
      formatDateRange(start, end, "Asia/Bishkek", "ar"),
      formatDateTimeUtc(start, "ar"),
    ]) {
      expect(text).toMatch(/2021/);
      expect(text).not.toMatch(arabicIndicDigits);
    }
  });

  it("formats the numbers of ar.json with the pinned digits, whatever the locale's default", () => {
    const messages = flatten(JSON.parse(readFileSync("messages/ar.json", "utf8")));
    let formatted = 0;
    for (const [key, message] of messages) {
      const names = [...message.matchAll(/\{\s*(\w+)\s*,\s*(?:plural|number)/g)].map((m) => m[1]);
      if (!names.length) continue;
      for (const n of [0, 1, 2, 3, 11, 100, 1234]) {
        const values = Object.fromEntries([
          ...[...message.matchAll(/\{\s*(\w+)/g)].map((m) => [m[1], names.includes(m[1]) ? n : "x"]),
          // Rich text (<link>…</link>): its chunks as they are.
          ...[...message.matchAll(/<(\w+)>/g)].map((m) => [m[1], (chunks: string[]) => chunks.join("")]),
        ]);
        const text = String(new IntlMessageFormat(message, "ar-EG", messageFormats("ar")).format(values));
        expect(text, `${key} with ${n}`).not.toMatch(arabicIndicDigits);
        formatted++;
      }
    }
    expect(formatted).toBeGreaterThan(50);
  });

  it("leaves no number in ar.json to the locale's default digits (# or a bare {n, number})", () => {
    for (const [key, message] of flatten(JSON.parse(readFileSync("messages/ar.json", "utf8")))) {
      // "#" is only ICU syntax inside a plural; "(##)" in the Markdown hint is text.
      if (/,\s*plural\s*,/.test(message)) expect(message, key).not.toMatch(/#/);
      expect(message, key).not.toMatch(/\{\s*\w+\s*,\s*number\s*\}/);
    }
  });

  it("has every Intl number and date formatter take its locale from intlLocale()", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
          if (name !== "generated" && name !== "node_modules") walk(file);
        } else if (/\.tsx?$/.test(name)) {
          const source = readFileSync(file, "utf8");
          for (const match of source.matchAll(/new Intl\.(?:DateTimeFormat|NumberFormat)\(\s*\[?\s*locale\b/g))
            offenders.push(`${file}: ${match[0]}`);
        }
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(dir);
    expect(offenders).toEqual([]);
  });
});
