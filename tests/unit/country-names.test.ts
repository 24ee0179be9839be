import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { countryName } from "@/lib/content/format";
import { countryNameOverrides, wcoMembersBeyondRegions } from "@/lib/content/country-names";
import { mainZones, timeZoneOptions } from "@/lib/content/time-zones";
import { regions } from "@/prisma/seed/data/regions";

// CLDR's menu forms that are no institution's names: "Congo - Kinshasa",
// "Bosnia & Herzegovina", "Hong Kong SAR China", «Гонконг (САР)»,
// «R.A.S. chinoise de Hong Kong», «RAE de Macao (China)», «الكونغو - كينشاسا».
const cldrMarks =
  / - |&|\bSAR\b|САР|R\.A\.S\.|\bRAE\b|منطقة إدارية خاصة|الإدارية الخاصة|\((Burma|Birmanie|Birmania|Бирма|بورما)\)/;

// Every country the site shows: the members of the six regions (region pages,
// maps, the API), the WCO Members the demo regions do not list, and the
// countries of the staff's time-zone list.
const members = [...regions.flatMap((region) => region.countries), ...wcoMembersBeyondRegions];
const shown = [...new Set([...members, ...Object.keys(mainZones)])].sort();

describe("country names", () => {
  it("walks every country shown on the site in every locale: no CLDR menu forms", () => {
    let checked = 0;
    for (const locale of locales) {
      for (const code of shown) {
        const name = countryName(code, locale);
        expect(name, `${locale} ${code}`).not.toMatch(cldrMarks);
        expect(name, `${locale} ${code}`).not.toBe(code);
        checked += 1;
      }
    }
    expect(shown.length).toBeGreaterThanOrEqual(180);
    expect(checked).toBe(shown.length * locales.length);
  });

  it("names the customs territories and the Congos as the WCO and the UN do", () => {
    expect(countryName("HK", "en")).toBe("Hong Kong, China");
    expect(countryName("MO", "en")).toBe("Macao, China");
    expect(countryName("HK", "fr")).toBe("Hong Kong, Chine");
    expect(countryName("CD", "en")).toBe("Democratic Republic of the Congo");
    expect(countryName("BA", "en")).toBe("Bosnia and Herzegovina");
    expect(countryName("ST", "en")).toBe("Sao Tome and Principe");
    expect(countryName("CD", "ar")).toBe("جمهورية الكونغو الديمقراطية");
    expect(countryName("CD", "ru")).toBe("Демократическая Республика Конго");
  });

  it("covers all the WCO's Members: the 183 of the regions and Bermuda, Kosovo, Palestine and Saint Vincent", () => {
    expect(new Set(members).size).toBe(187);
    expect(countryName("PS", "en")).toBe("State of Palestine");
    expect(countryName("PS", "fr")).toBe("État de Palestine");
    expect(countryName("PS", "ar")).toBe("دولة فلسطين");
    expect(countryName("BM", "ru")).toBe("Бермудские острова");
    expect(countryName("VC", "en")).toBe("Saint Vincent and the Grenadines");
  });

  it("every override differs from CLDR (a stale entry is noise) and is a known country", () => {
    for (const locale of locales) {
      const cldr = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
      for (const [code, name] of Object.entries(countryNameOverrides[locale])) {
        expect(cldr.of(code), `${locale} ${code}`).toBeTruthy();
        expect(cldr.of(code), `${locale} ${code}`).not.toBe(name);
      }
    }
  });

  it("every page, map, feed and the API name countries through countryName() only", () => {
    // Another Intl.DisplayNames of regions would show CLDR's forms past the overrides.
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
      });
    const sources = ["app", "components", "lib"].flatMap(files).filter((path) => !path.includes("generated"));
    expect(sources.length).toBeGreaterThan(100);
    const others = sources.filter(
      (path) =>
        /DisplayNames\([^)]*type: "region"/s.test(readFileSync(path, "utf8")) &&
        !["lib/content/format.ts", "lib/search/country-codes.ts"].includes(path),
    );
    expect(others).toEqual([]);
  });

  it("the staff time-zone list uses the same names", () => {
    for (const locale of locales) {
      // The country part (a zone's own name, "Hawaii-Aleutian", may have a hyphen).
      for (const option of timeZoneOptions(locale))
        expect(option.label.split(" — ")[0].replace(/ \([^)]*\)$/, ""), option.value).not.toMatch(cldrMarks);
    }
    expect(timeZoneOptions("en").map((o) => o.label)).toContainEqual(expect.stringMatching(/^Hong Kong, China \(/));
  });
});
