// Issue 23, "Start from a report": a pasted report becomes the meeting form's
// starting values, each with the sentence it came from; the draft then gets
// the attendees, people (never public) and decisions kept.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  addProposedParts,
  importedReportText,
  listImportedReports,
  proposeMeetingFromReport,
} from "@/lib/data/imports/propose-meeting";
import { importChosen } from "@/lib/data/imports/preview-import";
import { NotFoundError } from "@/lib/errors/app-errors";
import { demoUsers, otherRegionStaff } from "../support/test-users";
import { englishReport as english, russianReport as russian } from "../fixtures/import/reports";

let users: Awaited<ReturnType<typeof demoUsers>>;
beforeAll(async () => {
  users = await demoUsers();
});

describe("a report's proposal", () => {
  it("fills the meeting form's values, each with its evidence, the zone from the city", async () => {
    const proposal = await proposeMeetingFromReport({ actor: users.staffEurope, text: english });
    expect(proposal.isMeetingReport).toBe(true);
    const host = await prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-bishkek" }, select: { id: true } });
    expect(proposal.values).toMatchObject({
      kind: "REGIONAL_STRUCTURES_MEETING",
      startDate: "2024-06-03",
      endDate: "2024-06-05",
      city: "Bishkek",
      countryCode: "KG",
      timeZone: "Asia/Bishkek",
      regionId: users.staffEurope.regionId,
      hostStructureId: host.id,
      "t.en.title": "Heads of customs training centres meet in Bishkek",
    });
    expect(proposal.values["t.en.body"]).toContain("joint training calendar");
    expect(proposal.seriesNumber).toBe(14);
    expect(proposal.evidence.startDate).toContain("3-5 June 2024");
    expect(proposal.evidence.city).toContain("Bishkek");
    expect(proposal.decisions[0]).toMatch(/joint training calendar/);
    expect(proposal.people).toEqual([
      expect.objectContaining({ name: "Daniyar Osmonov", attendee: expect.any(Number) }),
    ]);
    const person = proposal.people[0];
    expect(proposal.attendees[person.attendee!].ref).toBe(`structure:${host.id}`);
  });

  it("keeps a number the text gives even when no series matches, and says so", async () => {
    const text =
      "Risk profiling workshop\n\nThe 6th Regional Workshop on risk profiling was held on 8-10 April 2025 in Tbilisi, Georgia.";
    const proposal = await proposeMeetingFromReport({ actor: users.staffEurope, text });
    expect(proposal.seriesNumber).toBe(6);
    expect(proposal.values).toMatchObject({ kind: "WORKSHOP", number: "6", seriesId: "" });
  });

  it("reads Russian too", async () => {
    const proposal = await proposeMeetingFromReport({ actor: users.admin, text: russian });
    expect(proposal.language).toBe("ru");
    expect(proposal.values).toMatchObject({
      startDate: "2024-06-03",
      endDate: "2024-06-05",
      city: "Bishkek",
      countryCode: "KG",
      "t.ru.title": "Совещание в Бишкеке",
    });
    expect(proposal.evidence.startDate).toContain("С 3 по 5 июня 2024 года");
  });

  it("is not for RTC representatives", async () => {
    await expect(proposeMeetingFromReport({ actor: users.rtcBishkek, text: english })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe("the parts kept from a proposal", () => {
  it("become the draft's attendees, non-public people and decisions", async () => {
    const host = await prisma.structure.findUniqueOrThrow({ where: { slug: "rtc-bishkek" }, select: { id: true } });
    const meeting = await prisma.meeting.create({
      data: {
        slug: "from-report-parts",
        kind: "OTHER",
        status: "DRAFT",
        startsAt: new Date("2024-06-03T03:00:00Z"),
        endsAt: new Date("2024-06-05T11:00:00Z"),
        timeZone: "Asia/Bishkek",
        format: "IN_PERSON",
        city: "Bishkek",
        regionId: users.staffEurope.regionId,
        translations: { create: [{ locale: "en", title: "From a report", status: "DRAFT" }] },
      },
    });
    await addProposedParts({
      actor: users.staffEurope,
      meetingId: meeting.id,
      attendees: [
        { ref: `structure:${host.id}`, role: "HOST" },
        { ref: "structure:doesnotexist", role: "PARTNER" },
      ],
      people: [{ name: "Daniyar Osmonov", role: "Director", attendee: 0 }],
      decisions: ["To prepare a joint training calendar.", "To hold the next meeting in Baku in 2025."],
      locale: "en",
    });
    const saved = await prisma.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      include: {
        attendees: { include: { people: true } },
        outcomes: { include: { translations: true }, orderBy: { position: "asc" } },
      },
    });
    expect(saved.attendees).toHaveLength(1);
    expect(saved.attendees[0]).toMatchObject({ role: "HOST", structureId: host.id });
    expect(saved.attendees[0].people).toEqual([
      expect.objectContaining({ fullName: "Daniyar Osmonov", jobTitle: "Director", publicConsent: false }),
    ]);
    // Records for the decisions register, each with the kind its sentence tells (staff may change it).
    expect(saved.outcomes.map((o) => [o.kind, o.decisionKind, o.status])).toEqual([
      ["DECISION", "OTHER", "OPEN"],
      ["DECISION", "NEXT_MEETING", "OPEN"],
    ]);
    expect(saved.outcomes[0].translations[0].text).toBe("To prepare a joint training calendar.");

    await expect(
      addProposedParts({
        actor: await otherRegionStaff(),
        meetingId: meeting.id,
        attendees: [],
        people: [],
        decisions: ["x"],
        locale: "en",
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("an imported news item as the report", () => {
  it("is offered to staff who may read it, and read for them only", async () => {
    const [outcome] = await importChosen({
      actor: users.staffEurope,
      items: [
        {
          source: "from-report.txt",
          sourceUrl: null,
          title: "A visit to the training centre",
          language: "en",
          publishedOn: null,
          body: "Trainers from three countries visited the centre.",
          translationGroup: null,
          images: [],
        },
      ],
      keep: [0],
      pairs: {},
    });
    expect((await listImportedReports({ actor: users.staffEurope })).map((r) => r.value)).toContain(outcome.articleId);
    expect(await importedReportText({ actor: users.staffEurope, articleId: outcome.articleId })).toContain(
      "Trainers from three countries",
    );
    const asia = await otherRegionStaff();
    expect((await listImportedReports({ actor: asia })).map((r) => r.value)).not.toContain(outcome.articleId);
    await expect(importedReportText({ actor: asia, articleId: outcome.articleId })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
