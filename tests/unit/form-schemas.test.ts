// The one field-naming scheme and the zod schemas of the staff forms: an
// input's name is the path of its value, so a field error names its input.
import { describe, expect, it } from "vitest";
import { localeFieldName, localeOfField, unflatten } from "@/lib/validation/form-fields";
import { agendaItemSchema, outcomeSchema, relationSchema } from "@/lib/validation/meeting-items";
import { meetingSchema, meetingUpdateSchema, publicationSchema } from "@/lib/validation/meetings";
import { newsCreateSchema } from "@/lib/validation/news";
import { attendeeSchema } from "@/lib/validation/attendees";
import { structureCreateSchema } from "@/lib/validation/structures";
import { inviteUserSchema } from "@/lib/validation/users";
import { createActivitySchema, updateActivitySchema } from "@/lib/validation/plans";

const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join("."));

const meeting = {
  formToken: "a-one-time-token-123456",
  kind: "WORKSHOP",
  startDate: "2027-04-12",
  startTime: "09:00",
  endDate: "2027-04-13",
  endTime: "17:00",
  timeZone: "Asia/Bishkek",
  format: "IN_PERSON",
  city: "Bishkek",
  "t.en.title": "Workshop",
};

describe("unflatten (the form-name parser)", () => {
  it("nests dotted names, makes numbered parts lists, closes holes left by removed rows", () => {
    expect(
      unflatten({ "t.en.title": "x", "t.fr.title": "y", "history.0.kind": "A", "history.2.kind": "B", plain: "p" }),
    ).toEqual({
      t: { en: { title: "x" }, fr: { title: "y" } },
      history: [{ kind: "A" }, { kind: "B" }],
      plain: "p",
    });
    expect(unflatten({ "people.1.fullName": "B", "people.0.fullName": "A" })).toEqual({
      people: [{ fullName: "A" }, { fullName: "B" }],
    });
    expect(unflatten("not an object")).toBe("not an object");
  });

  it("names per-language fields and reads their language back", () => {
    expect(localeFieldName("ar", "title")).toBe("t.ar.title");
    expect(localeOfField("t.ru.summary")).toBe("ru");
    expect(localeOfField("t.xx.summary")).toBeNull();
    expect(localeOfField("history.0.summary.fr")).toBeNull();
  });
});

describe("the meeting schemas", () => {
  it("turn the form into one input with the UTC times and the written languages", () => {
    const parsed = meetingSchema.parse({ ...meeting, "t.ru.summary": "Резюме", "t.ru.title": "Семинар" });
    expect(parsed.formToken).toBe(meeting.formToken);
    expect(parsed.input.startsAt.toISOString()).toBe("2027-04-12T03:00:00.000Z");
    expect(parsed.input.texts.map((t) => t.locale)).toEqual(["en", "ru"]);
  });

  it("report every problem under the name of its input", () => {
    const result = meetingSchema.safeParse({
      ...meeting,
      "t.en.title": "",
      "t.fr.summary": "Sans titre",
      endDate: "2027-04-01",
      formToken: "x",
    });
    expect(paths(result).sort()).toEqual(["endDate", "formToken", "t.en.title", "t.fr.title"]);
  });

  it("save without any publication intent: a save carries id and version only", () => {
    const parsed = meetingUpdateSchema.parse({ ...meeting, id: "m1", version: "3", intent: "publish:en" });
    expect(parsed).toMatchObject({ id: "m1", version: 3 });
    expect(parsed).not.toHaveProperty("intent");
  });

  it("read the publishing panel's two steps and its languages", () => {
    expect(
      publicationSchema.parse({ id: "m1", version: "2", step: "review", change: "publish", locales: ["en", "ru"] }),
    ).toEqual({ id: "m1", version: 2, step: "review", change: "publish", locales: ["en", "ru"] });
    expect(publicationSchema.parse({ id: "m1", version: "2", step: "confirm", change: "unpublish" }).locales).toEqual(
      [],
    );
    expect(publicationSchema.safeParse({ id: "m1", version: "2", step: "confirm", change: "delete" }).success).toBe(
      false,
    );
  });
});

describe("the schemas of the other staff forms use the same names", () => {
  it("agenda items and outcomes", () => {
    expect(paths(agendaItemSchema.safeParse({ meetingId: "m", version: "1", "t.fr.description": "x" }))).toEqual([
      "t.en.title",
      "t.fr.title",
    ]);
    expect(
      agendaItemSchema
        .parse({ meetingId: "m", version: "1", "t.en.title": "Opening", "t.ar.title": "افتتاح" })
        .texts.map((t) => t.locale),
    ).toEqual(["en", "ar"]);
    expect(paths(outcomeSchema.safeParse({ meetingId: "m", version: "1", kind: "OUTCOME" }))).toEqual(["t.en.text"]);
    expect(
      relationSchema.safeParse({ meetingId: "m", version: "1", targetId: "n", kind: "BACK_TO_BACK" }).success,
    ).toBe(true);
  });

  it("news, attendees, structures and invitations", () => {
    expect(paths(newsCreateSchema.safeParse({ formToken: "a-one-time-token-123456", "t.es.body": "Texto" }))).toEqual([
      "t.en.title",
      "t.es.title",
    ]);
    const attendee = attendeeSchema.parse({
      meetingId: "m",
      version: "1",
      role: "HOST",
      organizationChoice: "structure",
      structureId: "s",
      "people.0.fullName": "A. Person",
      "people.0.publicConsent": "on",
    });
    expect(attendee.people).toEqual([
      { fullName: "A. Person", jobTitle: "", publicConsent: true, email: "", phone: "" },
    ]);
    expect(
      paths(
        attendeeSchema.safeParse({
          meetingId: "m",
          version: "1",
          role: "HOST",
          organizationChoice: "new",
          "people.0.email": "no",
        }),
      ),
    ).toEqual(expect.arrayContaining(["organizationName", "organizationKind", "people.0.fullName", "people.0.email"]));
    expect(
      paths(
        structureCreateSchema.safeParse({
          kind: "RTC",
          regionId: "r",
          countryCode: "GE",
          city: "Tbilisi",
          status: "ACTIVE",
          slug: "rtc-tbilisi",
          name: "RTC",
        }),
      ),
    ).toEqual(["formToken"]);
    expect(
      paths(
        inviteUserSchema.safeParse({
          formToken: "a-one-time-token-123456",
          email: "a@b.co",
          name: "A",
          role: "RTC_REP",
          preferredLocale: "en",
        }),
      ),
    ).toEqual(["structureId"]);
  });
});

describe("the attendee form sent without JavaScript", () => {
  const base = {
    meetingId: "m",
    version: "1",
    role: "HOST",
    organizationChoice: "structure",
    structureId: "s",
    // The other kinds' fields come along (all rendered, hidden by CSS): only the chosen kind's are read.
    organizationId: "",
    organizationName: "",
    organizationKind: "",
    organizationCountry: "",
  };
  const spare = (n: number, fields: Record<string, string>) => ({
    [`people.${n}.spare`]: "1",
    [`people.${n}.fullName`]: "",
    [`people.${n}.jobTitle`]: "",
    [`people.${n}.email`]: "",
    [`people.${n}.phone`]: "",
    ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [`people.${n}.${k}`, v])),
  });

  it("ignores the spare person row left empty", () => {
    const attendee = attendeeSchema.parse({ ...base, "people.0.fullName": "Kept Person", ...spare(1, {}) });
    expect(attendee.people.map((p) => p.fullName)).toEqual(["Kept Person"]);
    expect(attendeeSchema.parse({ ...base, ...spare(0, {}) }).people).toEqual([]);
  });

  it("adds the spare row once something is typed in it, and checks it as any person", () => {
    const attendee = attendeeSchema.parse({
      ...base,
      ...spare(0, { fullName: "Typed Late", email: "late@example.org" }),
    });
    expect(attendee.people).toEqual([
      { fullName: "Typed Late", jobTitle: "", publicConsent: false, email: "late@example.org", phone: "" },
    ]);
    expect(paths(attendeeSchema.safeParse({ ...base, ...spare(0, { email: "late@example.org" }) }))).toEqual([
      "people.0.fullName",
    ]);
  });

  it("still refuses an empty row that is not the spare one", () => {
    expect(paths(attendeeSchema.safeParse({ ...base, "people.0.fullName": "" }))).toEqual(["people.0.fullName"]);
  });
});

describe("the activity form's indicator rows", () => {
  const activity = {
    planId: "p",
    version: "1",
    responsibleStructureId: "s",
    plannedStart: "2027-01-01",
    plannedEnd: "2027-06-30",
    status: "PLANNED",
    "t.en.title": "Course",
  };

  it("keeps an indicator's name in every language given, and leaves out rows where nothing was typed", () => {
    const parsed = createActivitySchema.parse({
      ...activity,
      "indicators.0.t.en.name": "Courses delivered",
      "indicators.0.t.fr.name": "Cours dispensés",
      "indicators.0.t.ar.name": "الدورات المقدمة",
      "indicators.0.target": "4",
      "indicators.0.unit": "courses",
      "indicators.1.t.en.name": "",
      "indicators.1.target": "",
      "indicators.1.unit": " ",
    });
    expect(parsed.indicators).toEqual([
      {
        id: null,
        unit: "courses",
        target: 4,
        texts: [
          { name: "Courses delivered", locale: "en" },
          { name: "Cours dispensés", locale: "fr" },
          { name: "الدورات المقدمة", locale: "ar" },
        ],
      },
    ]);
  });

  it("keeps an indicator's unit per language, and asks for the name where a unit was typed without one", () => {
    const parsed = createActivitySchema.parse({
      ...activity,
      "indicators.0.t.en.name": "Officers trained",
      "indicators.0.t.ar.name": "الموظفون المدرَّبون",
      "indicators.0.t.ar.unit": "موظفون",
      "indicators.0.target": "40",
      "indicators.0.unit": "officers",
    });
    expect(parsed.indicators[0].texts).toEqual([
      { name: "Officers trained", locale: "en" },
      { name: "الموظفون المدرَّبون", unit: "موظفون", locale: "ar" },
    ]);
    const unnamed = createActivitySchema.safeParse({
      ...activity,
      "indicators.0.t.en.name": "Officers trained",
      "indicators.0.t.fr.unit": "agents",
      "indicators.0.target": "40",
      "indicators.0.unit": "officers",
    });
    expect(paths(unnamed)).toEqual(["indicators.0.t.fr.name"]);
  });

  it("removes a saved indicator whose fields were emptied (only its id is left)", () => {
    const parsed = updateActivitySchema.parse({
      ...activity,
      activityId: "a",
      "indicators.0.id": "i1",
      "indicators.0.t.en.name": "",
      "indicators.0.target": "",
      "indicators.0.unit": "",
    });
    expect(parsed.indicators).toEqual([]);
  });

  it("names an error by the row it is in, even after a blank row, and keeps a row typed in one language only", () => {
    const result = createActivitySchema.safeParse({
      ...activity,
      "indicators.0.target": "",
      "indicators.0.unit": "",
      "indicators.1.t.ru.name": "Обучено сотрудников",
      "indicators.1.target": "120",
    });
    expect(paths(result)).toEqual(["indicators.1.t.en.name"]);
  });
});
