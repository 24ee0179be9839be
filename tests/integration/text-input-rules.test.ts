// Control characters, line breaks and bidirectional overrides in text
// inputs, end to end through the actions and data functions: a field error
// and nothing saved for forms, an ignored value (never a database error) for
// queries. PostgreSQL rejects NUL in text, so before the rules every one of
// these was a 500.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createMeetingAction, updateMeetingAction } from "@/lib/actions/meetings";
import { addAttendeeAction, importAttendeesAction } from "@/lib/actions/attendees";
import { createNewsAction } from "@/lib/actions/news";
import { newFormToken } from "@/lib/data/create-once";
import { createdId } from "../support/redirects";
import { listStaffMeetings } from "@/lib/data/meetings/list-staff-meetings";
import { getMeetingRelations } from "@/lib/data/meetings/get-meeting-editor";
import { listAuditEntries } from "@/lib/data/audit/list-audit-entries";
import { searchPublicContent } from "@/lib/data/search/search-public-content";
import { staffMeetingFiltersSchema } from "@/lib/validation/meetings";
import { relationSearchSchema } from "@/lib/validation/meeting-items";
import { parseAuditFilters } from "@/lib/validation/audit-filters";
import { searchQuerySchema } from "@/lib/validation/search";
import { GET as exportAttendeesCsv } from "@/app/[locale]/staff/meetings/[id]/attendees/export.csv/route";
import { GET as getUpload } from "@/app/uploads/[...key]/route";
import messages from "@/messages/en.json";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";
import { europeRefs, meetingFields, meetingSnapshot, toFormData, uniqueSuffix } from "../support/meeting-fixtures";
import { attendeeSnapshot, createTestMeeting, csvFile, formDataOf } from "../support/meeting-parts";

const NUL = "\u0000";
const controlMessage = messages.Validation.controlCharacters;
const lineBreakMessage = messages.Validation.lineBreak;

let users: Awaited<ReturnType<typeof demoUsers>>;
let refs: Awaited<ReturnType<typeof europeRefs>>;

beforeAll(async () => {
  users = await demoUsers();
  refs = await europeRefs();
});
afterEach(() => setTestUser(null));

const errorsOf = (state: unknown) =>
  (state as { ok: boolean; fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};

describe("a meeting title", () => {
  it("with a NUL byte gets a field error in the form's language, and no meeting is saved", async () => {
    setTestUser(users.staffEurope);
    const title = `Bishkek${NUL} meeting ${uniqueSuffix()}`;
    const before = await prisma.meeting.count();
    const result = await createMeetingAction(
      null,
      toFormData(meetingFields(refs, { "t.en.title": title, "t.en.body": `Body ${NUL} too` })),
    );
    expect(result).toMatchObject({ ok: false });
    expect(errorsOf(result)).toMatchObject({ "t.en.title": [controlMessage], "t.en.body": [controlMessage] });
    expect(await prisma.meeting.count()).toBe(before);
  });

  it("with a line break is refused; a right-to-left override is removed; the body keeps its lines", async () => {
    setTestUser(users.staffEurope);
    const title = `Meeting ${uniqueSuffix()}`;
    const id = await createdId(
      createMeetingAction(
        null,
        toFormData(meetingFields(refs, { "t.en.title": `\u202E${title}`, "t.en.body": "line one\nline two" })),
      ),
    );
    const row = await prisma.meetingTranslation.findFirstOrThrow({ where: { meetingId: id, locale: "en" } });
    expect(row.title).toBe(title);
    expect(row.body).toBe("line one\nline two");

    const before = await meetingSnapshot(id);
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { id } });
    const update = await updateMeetingAction(
      null,
      toFormData({
        ...meetingFields(refs, { "t.en.title": "First line\r\nSecond line", city: "Bish\nkek" }),
        slug: meeting.slug,
        id,
        version: meeting.version,
      }),
    );
    expect(errorsOf(update)).toMatchObject({ "t.en.title": [lineBreakMessage], city: [lineBreakMessage] });
    expect(await meetingSnapshot(id)).toEqual(before);
  });
});

describe("attendees", () => {
  it("a person's name with a NUL is a field error; with an override it is saved without it", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const structureId = (await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } })).id;
    const fields = {
      meetingId: meeting.id,
      version: meeting.version,
      role: "PARTNER",
      organizationChoice: "structure",
      structureId,
    };
    const before = await attendeeSnapshot(meeting.id);
    const refused = await addAttendeeAction(null, formDataOf({ ...fields, "people.0.fullName": `Aigul${NUL}` }));
    expect(errorsOf(refused)).toMatchObject({ "people.0.fullName": [controlMessage] });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);

    const saved = await addAttendeeAction(
      null,
      formDataOf({ ...fields, "people.0.fullName": "\u202Eavotset lugia", "people.0.jobTitle": "Trainer\u2066" }),
    );
    expect(saved).toMatchObject({ ok: true });
    const person = await prisma.attendeePerson.findFirstOrThrow({
      where: { attendee: { meetingId: meeting.id } },
      orderBy: { id: "desc" },
    });
    expect(person).toMatchObject({ fullName: "avotset lugia", jobTitle: "Trainer" });
  });

  it("a CSV import with a control character or a line break in a name reports the cells and imports nothing", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await attendeeSnapshot(meeting.id);
    // (A NUL byte makes the whole file "not a CSV text file"; an escape sequence passes that check.)
    const csv = `role,organization_name,organization_kind,person_name\nPARTNER,OSCE\u001b[31m,PARTNER,Anna\nPARTNER,OSCE,PARTNER,"Anna\nBerg"\n`;
    const result = await importAttendeesAction(
      null,
      formDataOf({ meetingId: meeting.id, version: meeting.version, file: csvFile(csv) }),
    );
    expect(result).toMatchObject({ ok: false });
    expect(errorsOf(result)).toMatchObject({
      "csv:2:organization_name": [controlMessage],
      "csv:3:person_name": [lineBreakMessage],
    });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });
});

describe("a news title", () => {
  it("with a NUL gets a field error and nothing is saved", async () => {
    setTestUser(users.staffEurope);
    const region = await prisma.region.findUniqueOrThrow({ where: { code: "EUR" } });
    const before = await prisma.newsArticle.count();
    const result = await createNewsAction(
      null,
      formDataOf({
        formToken: newFormToken(),
        regionId: region.id,
        "t.en.title": `News${NUL}`,
        "t.en.excerpt": "Two\nlines are fine here.",
      }),
    );
    expect(errorsOf(result)).toEqual({ "t.en.title": [controlMessage] });
    expect(await prisma.newsArticle.count()).toBe(before);
  });
});

describe("queries with a NUL", () => {
  it("the staff meeting filter ignores it and lists as without it", async () => {
    const filters = staffMeetingFiltersSchema.parse({ q: `Bishkek${NUL}`, status: "published" });
    const result = await listStaffMeetings({ actor: users.staffEurope, locale: "en", filters, page: 1 });
    const unfiltered = await listStaffMeetings({
      actor: users.staffEurope,
      locale: "en",
      filters: { status: "PUBLISHED" },
      page: 1,
    });
    expect(result.items.map((m) => m.id)).toEqual(unfiltered.items.map((m) => m.id));
  });

  it("the related-meeting search ignores it", async () => {
    const meeting = await createTestMeeting();
    const result = await getMeetingRelations({
      actor: users.staffEurope,
      id: meeting.id,
      locale: "en",
      q: relationSearchSchema.parse(`${NUL}Brussels`),
    });
    expect(result).toBeTruthy();
  });

  it("the audit log's record filter ignores it", async () => {
    const result = await listAuditEntries({ actor: users.admin, filters: parseAuditFilters({ record: `x${NUL}` }) });
    expect(result.items.length).toBeGreaterThan(0);
  });

  it("the public search answers with no results", async () => {
    const query = searchQuerySchema.parse(`customs${NUL}`);
    expect(query).toBe("");
    const result = await searchPublicContent({ locale: "en", query, page: 1 });
    expect(result.total).toBe(0);
  });
});

describe("record ids and file keys in URLs with a NUL", () => {
  it("are a 404, never a database error", async () => {
    setTestUser(users.staffEurope);
    const csv = await exportAttendeesCsv(new Request("http://localhost/en/staff/meetings/x/attendees/export.csv"), {
      params: Promise.resolve({ locale: "en", id: `abc${NUL}` }),
    });
    expect(csv.status).toBe(404);
    const upload = await getUpload(new Request("http://localhost/uploads/news/x"), {
      params: Promise.resolve({ key: ["news", `a${NUL}b`, "logo.png"] }),
    });
    expect(upload.status).toBe(404);
  });
});
