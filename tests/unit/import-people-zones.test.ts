// Issue 23: a meeting's time zone from its city, and the attendee each named person goes with.
import { describe, expect, it } from "vitest";
import { zoneOfCity } from "@/lib/content/time-zones";
import { attendeeOfPerson } from "@/lib/import/people";

describe("the time zone of a city", () => {
  it("is the zone named after the city in a country of several zones, else the country's main zone", () => {
    expect(zoneOfCity("Novosibirsk", "RU")).toBe("Asia/Novosibirsk");
    expect(zoneOfCity("Vladivostok", "ru")).toBe("Asia/Vladivostok");
    expect(zoneOfCity("Kazan", "RU")).toBe("Europe/Moscow");
    expect(zoneOfCity("Vancouver", "CA")).toBe("America/Vancouver");
    expect(zoneOfCity("Bishkek", "KG")).toBe("Asia/Bishkek");
    expect(zoneOfCity(null, "KZ")).toBe("Asia/Almaty");
    expect(zoneOfCity("Atlantis", null)).toBeNull();
  });
});

describe("the attendee a named person goes with", () => {
  const attendees = [
    { name: "ROCB Europe", role: "ORGANIZER" },
    { name: "RTC Bishkek", role: "HOST" },
    { name: "OSCE Programme Office", role: "PARTNER" },
  ];
  it("is the one their role names", () => {
    expect(attendeeOfPerson({ name: "Aida K.", role: "Director of the RTC Bishkek" }, attendees)).toBe(1);
    expect(attendeeOfPerson({ name: "Jon P.", role: "officer of the osce programme office" }, attendees)).toBe(2);
  });
  it("else the organizer, else the host, else none", () => {
    expect(attendeeOfPerson({ name: "Lea M.", role: null }, attendees)).toBe(0);
    expect(attendeeOfPerson({ name: "Lea M.", role: "expert" }, attendees.slice(1))).toBe(0);
    expect(attendeeOfPerson({ name: "Lea M.", role: "expert" }, [attendees[2]])).toBeNull();
  });
});
