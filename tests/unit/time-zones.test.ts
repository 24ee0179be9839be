import { describe, expect, it } from "vitest";
import { CURATED_ZONES, defaultTimeZone, timeZoneOptions } from "@/lib/content/time-zones";
import { isValidTimeZone } from "@/lib/content/time-zone";
import { regions } from "@/prisma/seed/data/regions";

describe("the curated time zones", () => {
  it("cover every member country with canonical IDs the runtime knows, never a deprecated alias", () => {
    for (const zone of CURATED_ZONES) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const deprecated of ["Asia/Calcutta", "Europe/Kiev", "Asia/Rangoon", "Asia/Saigon", "America/Buenos_Aires"])
      expect(CURATED_ZONES.has(deprecated)).toBe(false);
    for (const country of regions.flatMap((r) => r.countries)) expect(defaultTimeZone(country), country).not.toBeNull();
    expect(defaultTimeZone("KG")).toBe("Asia/Bishkek");
    expect(defaultTimeZone("UA")).toBe("Europe/Kyiv");
    expect(defaultTimeZone(null)).toBeNull();
  });

  it("are named in the reader's language, UTC first, and keep a meeting's old zone selectable", () => {
    const english = timeZoneOptions("en");
    expect(english[0]).toEqual({ value: "UTC", label: "Coordinated Universal Time" });
    expect(english.find((o) => o.value === "Asia/Bishkek")?.label).toMatch(/^Kyrgyzstan \((GMT|UTC)\+6\)$/);
    expect(english.find((o) => o.value === "Europe/Moscow")?.label).toMatch(/^Russia — Moscow/);
    const french = timeZoneOptions("fr");
    expect(french.find((o) => o.value === "Asia/Bishkek")?.label).toMatch(/^Kirghiz/);
    expect(timeZoneOptions("ar").find((o) => o.value === "Asia/Bishkek")?.label).toContain("قيرغيزستان");
    expect(timeZoneOptions("en", ["Europe/Kiev"]).map((o) => o.value)).toContain("Europe/Kiev");
    expect(english.map((o) => o.value)).not.toContain("Europe/Kiev");
  });
});
