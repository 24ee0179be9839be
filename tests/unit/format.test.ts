import { describe, expect, it } from "vitest";
import { countryName, formatDateRange } from "@/lib/content/format";

// ICU puts thin and narrow no-break spaces in ranges; compare with plain ones.
const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("formatting", () => {
  it("names countries from Intl.DisplayNames in each locale", () => {
    expect(countryName("KG", "en")).toBe("Kyrgyzstan");
    expect(countryName("KG", "fr")).toBe("Kirghizstan");
    expect(countryName("KG", "ru")).toBe("Киргизия");
    expect(countryName(null, "en")).toBe("");
  });

  it("formats date ranges in the meeting's time zone", () => {
    // 12 Oct 2021 09:00 and 15 Oct 2021 17:00 in Bishkek (UTC+6).
    const start = new Date("2021-10-12T03:00:00Z");
    const end = new Date("2021-10-15T11:00:00Z");
    expect(plain(formatDateRange(start, end, "Asia/Bishkek", "en"))).toBe("October 12 – 15, 2021");
    expect(plain(formatDateRange(start, end, "Asia/Bishkek", "fr"))).toBe("12–15 octobre 2021");
    // Late evening UTC is already the next day in Bishkek.
    expect(plain(formatDateRange(new Date("2021-10-11T20:00:00Z"), end, "Asia/Bishkek", "en"))).toBe("October 12 – 15, 2021");
  });
});
