// People's and organizations' names on public pages are isolated (<bdi>), so
// a name in another script, or one with a stray direction control, cannot
// reorder the text around it.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MeetingAttendees } from "@/components/meetings/meeting-attendees";
import type { PublicAttendee } from "@/lib/data/meetings/get-published-meeting";

const attendees: PublicAttendee[] = [
  {
    id: "a1",
    role: "PARTNER",
    organization: {
      kind: "organization",
      slug: "osce",
      name: "مكتب منظمة الأمن",
      nameLocale: "ar",
      countryCode: "KG",
      href: null,
    },
    people: [
      { id: "p1", fullName: "Айгуль Тестова", jobTitle: "Trainer" },
      { id: "p2", fullName: "שרה כהן", jobTitle: "" },
    ],
  },
];

describe("names on public pages", () => {
  it("the attendees list isolates organization names, people's names and job titles", async () => {
    const html = renderToStaticMarkup(await MeetingAttendees({ attendees, locale: "en", hasStarted: true }));
    expect(html).toContain('<bdi lang="ar">مكتب منظمة الأمن</bdi>');
    expect(html).toContain("<bdi>Айгуль Тестова</bdi>");
    expect(html).toContain("<bdi>Trainer</bdi>");
    expect(html).toContain("<bdi>שרה כהן</bdi>");
    expect(html).toContain("took part");
  });

  it("never says that organizations took part in a meeting that has not started", async () => {
    const html = renderToStaticMarkup(await MeetingAttendees({ attendees, locale: "en", hasStarted: false }));
    expect(html).not.toContain("took part");
    expect(html).toMatch(/organizations? (is|are) expected/);
  });
});
