import { describe, expect, it } from "vitest";
import {
  countryName,
  formatDateRange,
  formatFileSize,
  languageName,
  timeFormat,
  timeZoneLabel,
} from "@/lib/content/format";

// ICU puts thin and narrow no-break spaces in ranges; compare with plain ones.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("formatting", () => {
  it("names countries from Intl.DisplayNames in each locale, with the UN's short names where CLDR differs", () => {
    expect(countryName("KG", "en")).toBe("Kyrgyzstan");
    expect(countryName("KG", "fr")).toBe("Kirghizstan");
    // The one name every Russian page, feed and map uses, as the texts do.
    expect(countryName("KG", "ru")).toBe("Кыргызстан");
    expect(countryName("kz ", "ru")).toBe("Казахстан");
    expect(countryName(null, "en")).toBe("");
  });

  it("names a language in the visitor's language (search results say which language matched)", () => {
    expect(languageName("en", "en")).toBe("English");
    expect(languageName("en", "es")).toBe("inglés");
    expect(languageName("ru", "ru")).toBe("русский");
    expect(languageName("en", "ar")).toBe("الإنجليزية");
    expect(languageName("ar", "fr")).toBe("arabe");
  });

  it("formats date ranges in the meeting's time zone", () => {
    // 12 Oct 2021 09:00 and 15 Oct 2021 17:00 in Bishkek (UTC+6).
    const start = new Date("2021-10-12T03:00:00Z");
    const end = new Date("2021-10-15T11:00:00Z");
    // British English, as the site declares (en-GB).
    expect(plain(formatDateRange(start, end, "Asia/Bishkek", "en"))).toBe("12–15 October 2021");
    expect(plain(formatDateRange(start, end, "Asia/Bishkek", "fr"))).toBe("12–15 octobre 2021");
    // Late evening UTC is already the next day in Bishkek.
    expect(plain(formatDateRange(new Date("2021-10-11T20:00:00Z"), end, "Asia/Bishkek", "en"))).toBe(
      "12–15 October 2021",
    );
    // Across months the dash keeps its spaces.
    expect(plain(formatDateRange(new Date("2021-09-30T03:00:00Z"), end, "Asia/Bishkek", "en"))).toBe(
      "30 September – 15 October 2021",
    );
  });

  it("writes times on the 24-hour clock in every locale", () => {
    const nine = new Date("2021-10-12T03:00:00Z");
    expect(timeFormat("en", "Asia/Bishkek").format(nine)).toBe("09:00");
    expect(timeFormat("ar", "Asia/Bishkek").format(nine)).toBe("09:00");
    expect(timeFormat("en", "Asia/Bishkek").format(new Date("2021-10-12T11:30:00Z"))).toBe("17:30");
  });

  it("names time zones in the reader's language with their offset", () => {
    const at = new Date("2021-10-12T03:00:00Z");
    expect(timeZoneLabel("Asia/Bishkek", at, "en")).toBe("Kyrgyzstan Time (GMT+6)");
    expect(timeZoneLabel("Asia/Bishkek", at, "fr")).toBe("heure du Kirghizistan (UTC+6)");
    expect(timeZoneLabel("Asia/Bishkek", at, "ru")).toBe("Кыргызстан (GMT+6)");
    expect(timeZoneLabel("Europe/Brussels", new Date("2011-05-09T08:00:00Z"), "en")).toBe(
      "Central European Summer Time (GMT+2)",
    );
    expect(timeZoneLabel("UTC", at, "en")).not.toContain("Etc/");
  });

  it("gives document sizes in the locale's units", () => {
    expect(plain(formatFileSize(1_234_567, "en"))).toBe("1.2 MB");
    expect(plain(formatFileSize(48_000, "en"))).toBe("48 kB");
    expect(plain(formatFileSize(1_234_567, "fr"))).toBe("1,2 Mo");
  });
});
