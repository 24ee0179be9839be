import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { countQueries } from "../support/queries";
import type { SessionUser } from "@/lib/data/users/find-session-user";
import {
  addAttendeeAction,
  importAttendeesAction,
  moveAttendeeAction,
  removeAttendeeAction,
  updateAttendeeAction,
} from "@/lib/actions/attendees";
import { getAttendeeFormOptions, listAttendees } from "@/lib/data/meetings/list-attendees";
import { getPublishedMeeting } from "@/lib/data/meetings/get-published-meeting";
import { GET as exportCsv } from "@/app/[locale]/staff/meetings/[id]/attendees/export.csv/route";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { setTestUser } from "../support/test-session";
import { demoUsers, otherRegionStaff, otherRtcRep } from "../support/test-users";
import { attendeeSnapshot, createTestMeeting, csvFile, formDataOf } from "../support/meeting-parts";

let users: Awaited<ReturnType<typeof demoUsers>> & { staffAsia: SessionUser; rtcBudapest: SessionUser };
let rtcBishkekId: string;

beforeAll(async () => {
  users = { ...(await demoUsers()), staffAsia: await otherRegionStaff(), rtcBudapest: await otherRtcRep() };
  rtcBishkekId = (await prisma.structure.findUniqueOrThrow({ where: { slug: SEED_SLUGS.rtcBishkek } })).id;
});
afterEach(() => setTestUser(null));

const newAttendee = (meeting: { id: string; version: number }, extra: Record<string, string> = {}) =>
  formDataOf({
    meetingId: meeting.id,
    version: meeting.version,
    role: "PARTNER",
    organizationChoice: "structure",
    structureId: rtcBishkekId,
    "people.0.fullName": "Aigul Testova",
    "people.0.jobTitle": "Trainer",
    "people.0.publicConsent": "on",
    "people.0.email": "aigul@example.org",
    "people.0.phone": "+996 (312) 55-01-02",
    "people.1.fullName": "Bakyt Hidden",
    "people.1.email": "bakyt.hidden@example.org",
    ...extra,
  });

describe("attendees editor", () => {
  it("lets Europe's staff add an attendee with people, bumping the version and writing the audit log", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const result = await addAttendeeAction(null, newAttendee(meeting));
    expect(result).toMatchObject({ ok: true });
    const after = await attendeeSnapshot(meeting.id);
    expect(after.meeting.version).toBe(meeting.version + 1);
    expect(after.meeting.attendees).toHaveLength(4);
    expect(after.meeting.attendees[3]).toMatchObject({
      role: "PARTNER",
      position: 3,
      structureId: rtcBishkekId,
      people: [
        {
          fullName: "Aigul Testova",
          jobTitle: "Trainer",
          publicConsent: true,
          email: "aigul@example.org",
          phone: "+996 (312) 55-01-02",
        },
        { fullName: "Bakyt Hidden", jobTitle: "", publicConsent: false, email: "bakyt.hidden@example.org", phone: "" },
      ],
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: meeting.id, action: "meeting.attendee.create" },
    });
    expect(audit.actorId).toBe(users.staffEurope.id);
  });

  it("lets an administrator create a new organization on the way, named in English", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.admin);
    const result = await addAttendeeAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version,
        role: "OBSERVER",
        organizationChoice: "new",
        organizationName: "Customs Academy of Testland",
        organizationKind: "MEMBER_ADMINISTRATION",
        organizationCountry: "kg",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const organization = await prisma.organization.findUniqueOrThrow({
      where: { slug: "customs-academy-of-testland" },
      include: { translations: true },
    });
    expect(organization).toMatchObject({ kind: "MEMBER_ADMINISTRATION", countryCode: "KG" });
    expect(organization.translations).toMatchObject([{ locale: "en", name: "Customs Academy of Testland" }]);
    // The same name again is refused: choose the existing one instead.
    const again = await addAttendeeAction(
      null,
      formDataOf({
        meetingId: meeting.id,
        version: meeting.version + 1,
        role: "OBSERVER",
        organizationChoice: "new",
        organizationName: "customs academy of testland",
        organizationKind: "OTHER",
      }),
    );
    expect(again).toMatchObject({
      ok: false,
      fieldErrors: { organizationName: [expect.stringContaining("already in the portal")] },
    });
  });

  it.each([
    ["the RTC representative", "rtcBishkek"],
    ["another region's staff", "staffAsia"],
    ["another RTC's representative", "rtcBudapest"],
    ["an anonymous visitor", "anonymous"],
  ] as const)("refuses %s and changes nothing", async (_label, who) => {
    const meeting = await createTestMeeting();
    setTestUser(who === "anonymous" ? null : users[who]);
    const before = await attendeeSnapshot(meeting.id);
    const [attendee] = meeting.attendees;
    const ref = { meetingId: meeting.id, version: meeting.version };
    const results = [
      await addAttendeeAction(null, newAttendee(meeting)),
      await updateAttendeeAction(null, newAttendee(meeting, { attendeeId: attendee.id })),
      await removeAttendeeAction(null, formDataOf({ ...ref, attendeeId: attendee.id })),
      await moveAttendeeAction(null, formDataOf({ ...ref, itemId: attendee.id, direction: "down" })),
      await importAttendeesAction(
        null,
        formDataOf({ ...ref, file: csvFile("role,structure_slug\nHOST,rtc-bishkek\n") }),
      ),
    ];
    for (const result of results)
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not allowed|Sign in again/) });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });

  it("shows every bad field next to it and saves nothing", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await attendeeSnapshot(meeting.id);
    const result = await addAttendeeAction(
      null,
      newAttendee(meeting, {
        structureId: "",
        "people.0.email": "not-an-address",
        "people.0.phone": "call me <script>",
        "people.1.fullName": "x".repeat(201),
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: "Nothing was saved. Correct the problems shown and send the form again.",
    });
    const fieldErrors = result && !result.ok ? result.fieldErrors : {};
    expect(Object.keys(fieldErrors).sort()).toEqual([
      "people.0.email",
      "people.0.phone",
      "people.1.fullName",
      "structureId",
    ]);
    expect(fieldErrors["people.0.email"]).toEqual(["Enter a valid e-mail address."]);
    expect(fieldErrors["people.1.fullName"]).toEqual(["Use at most 200 characters."]);
    expect(result && !result.ok && result.values).toMatchObject({ "people.0.fullName": "Aigul Testova" });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });

  it("refuses a stale version without overwriting, and keeps the input", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    expect(
      await moveAttendeeAction(
        null,
        formDataOf({
          meetingId: meeting.id,
          version: meeting.version,
          itemId: meeting.attendees[0].id,
          direction: "down",
        }),
      ),
    ).toMatchObject({ ok: true });
    const before = await attendeeSnapshot(meeting.id);
    const stale = await addAttendeeAction(null, newAttendee(meeting));
    expect(stale).toMatchObject({
      ok: false,
      message: expect.stringContaining("Nothing was overwritten"),
      values: { "people.0.fullName": "Aigul Testova" },
    });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });

  it("edits, reorders and removes attendees, keeping positions contiguous", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const [organizer, participant, speaker] = meeting.attendees;
    let version = meeting.version;
    const ok = async (promise: Promise<unknown>) => {
      expect(await promise).toMatchObject({ ok: true });
      version += 1;
    };
    await ok(
      updateAttendeeAction(
        null,
        newAttendee({ id: meeting.id, version }, { attendeeId: participant.id, role: "HOST" }),
      ),
    );
    let snapshot = await attendeeSnapshot(meeting.id);
    expect(snapshot.meeting.attendees[1]).toMatchObject({
      id: participant.id,
      role: "HOST",
      people: [{ fullName: "Aigul Testova" }, { fullName: "Bakyt Hidden" }],
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: meeting.id, action: "meeting.attendee.update" },
    });
    expect(audit.before).toMatchObject({ role: "PARTICIPANT", people: [{ fullName: "Private Person" }] });
    expect(audit.after).toMatchObject({ role: "HOST" });

    await ok(
      moveAttendeeAction(null, formDataOf({ meetingId: meeting.id, version, itemId: speaker.id, direction: "up" })),
    );
    snapshot = await attendeeSnapshot(meeting.id);
    expect(snapshot.meeting.attendees.map((a) => a.id)).toEqual([organizer.id, speaker.id, participant.id]);
    // Moving the first one up changes nothing but is harmless.
    await ok(
      moveAttendeeAction(null, formDataOf({ meetingId: meeting.id, version, itemId: organizer.id, direction: "up" })),
    );

    await ok(removeAttendeeAction(null, formDataOf({ meetingId: meeting.id, version, attendeeId: organizer.id })));
    snapshot = await attendeeSnapshot(meeting.id);
    expect(snapshot.meeting.attendees.map((a) => [a.id, a.position])).toEqual([
      [speaker.id, 0],
      [participant.id, 1],
    ]);
    expect(snapshot.meeting.version).toBe(version);
    // An attendee of another meeting cannot be touched through this one.
    const other = await createTestMeeting();
    const refused = await removeAttendeeAction(
      null,
      formDataOf({ meetingId: meeting.id, version, attendeeId: other.attendees[0].id }),
    );
    expect(refused).toMatchObject({ ok: false, message: "This record no longer exists." });
  });

  it("never lets private e-mail and phone reach the public meeting data", async () => {
    const meeting = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
    setTestUser(users.staffEurope);
    expect(await addAttendeeAction(null, newAttendee(meeting))).toMatchObject({ ok: true });
    const published = await getPublishedMeeting({ locale: "en", slug: SEED_SLUGS.bishkek2021 });
    const serialized = JSON.stringify(published);
    expect(serialized).toContain("Aigul Testova");
    for (const secret of ["aigul@example.org", "55-01-02", "Bakyt Hidden", "bakyt.hidden@example.org"])
      expect(serialized).not.toContain(secret);
  });

  it("reads the editor in a fixed number of queries however many attendees", async () => {
    const small = await createTestMeeting();
    const big = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 } });
    const count = async (id: string) => {
      const { result: attendees, queries } = await countQueries(async () => {
        const attendees = await listAttendees({ actor: users.staffEurope, meetingId: id, locale: "en" });
        await getAttendeeFormOptions("en");
        return attendees;
      });
      return { queries, attendees: attendees.length };
    };
    const a = await count(small.id);
    const b = await count(big.id);
    expect(b.attendees).toBeGreaterThan(a.attendees);
    expect(a.queries).toBe(b.queries);
    expect(a.queries).toBeLessThanOrEqual(4);
    expect(await listAttendees({ actor: users.staffAsia, meetingId: big.id, locale: "en" })).toEqual([]);
  });
});

describe("attendees CSV import", () => {
  const header =
    "role,structure_slug,organization_name,organization_kind,country,person_name,job_title,public_consent,email,phone";

  it("reports every broken row with its row number and column, and saves nothing", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await attendeeSnapshot(meeting.id);
    const csv = [
      header,
      "HOST,rtc-bishkek,,,,Good Person,Director,yes,good@example.org,+996 312 000",
      "GUEST,rtc-bishkek,,,,,,,,",
      "PARTICIPANT,,,,,Someone,,maybe,not-mail,abc",
      "",
      "SPEAKER,no-such-structure,,,,,,,,",
      "PARTNER,,Brand New Partner,,,,,,,",
      "OBSERVER,,,,,,,,,",
    ].join("\n");
    const result = await importAttendeesAction(
      null,
      formDataOf({ meetingId: meeting.id, version: meeting.version, file: csvFile(csv) }),
    );
    expect(result).toMatchObject({ ok: false });
    const errors = result && !result.ok ? result.fieldErrors : {};
    expect(errors.file?.[0]).toMatch(/The file has 6 problems; nothing was imported/);
    expect(errors["csv:3:role"]).toEqual([expect.stringContaining("Use one of: HOST, ORGANIZER")]);
    expect(errors["csv:4:organization_name"]).toEqual(["Give structure_slug or organization_name."]);
    expect(errors["csv:4:public_consent"]).toEqual(["Use yes or no."]);
    expect(errors["csv:4:email"]).toEqual(["Enter a valid e-mail address."]);
    expect(errors["csv:4:phone"]).toEqual([expect.stringContaining("digits")]);
    expect(errors["csv:8:organization_name"]).toEqual(["Give structure_slug or organization_name."]);
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);

    // Rows that are well-formed but name unknown things are reported after the database check.
    const unknown = [
      header,
      "HOST,rtc-bishkek,,,,A,,,,",
      "SPEAKER,no-such-structure,,,,,,,,",
      "PARTNER,,Brand New Partner,,ZZ,,,,,",
    ].join("\r\n");
    const second = await importAttendeesAction(
      null,
      formDataOf({ meetingId: meeting.id, version: meeting.version, file: csvFile(unknown) }),
    );
    const secondErrors = second && !second.ok ? second.fieldErrors : {};
    expect(secondErrors).toMatchObject({
      "csv:3:structure_slug": ["No regional structure has the address name “no-such-structure”."],
      "csv:4:country": ["Unknown country code “ZZ”."],
      "csv:4:organization_kind": [expect.stringContaining("“Brand New Partner” is not in the portal yet")],
    });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });

  it("refuses binary files, other encodings, unknown columns and oversized files", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await attendeeSnapshot(meeting.id);
    const send = (file: File) =>
      importAttendeesAction(null, formDataOf({ meetingId: meeting.id, version: meeting.version, file }));
    const pdf = new File(["%PDF-1.4 role,structure_slug"], "attendees.csv", { type: "text/csv" });
    expect(await send(pdf)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining("not a CSV text file")] },
    });
    const latin1 = new File([new Uint8Array([0x72, 0x6f, 0x6c, 0x65, 0x0a, 0xe9, 0xe8])], "a.csv");
    expect(await send(latin1)).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining("CSV UTF-8")] },
    });
    expect(await send(csvFile("role,organisation\nHOST,x\n"))).toMatchObject({
      ok: false,
      fieldErrors: {
        "csv:1:organisation": [expect.stringContaining("Unknown column")],
        "csv:1:organization_name": ["This column is missing."],
      },
    });
    expect(await send(csvFile(`${header}\n${"HOST,rtc-bishkek,,,,,,,,\n".repeat(60_000)}`))).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining("larger than 1024 KB")] },
    });
    expect(await send(csvFile(`${header}\n`))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["The file has no rows to import."] },
    });
    expect(await attendeeSnapshot(meeting.id)).toEqual(before);
  });

  it("imports good rows in one go, after the existing attendees, reusing and creating organizations", async () => {
    const meeting = await createTestMeeting();
    setTestUser(users.staffEurope);
    const before = await attendeeSnapshot(meeting.id);
    // A BOM, semicolons (Excel in French), quoted cells and an apostrophe our export adds before a formula.
    const csv = [
      "\uFEFFrole;structure_slug;organization_name;organization_kind;country;person_name;job_title;public_consent;email;phone",
      'host;RTC-Bishkek;;;;Nurzhan Test;"Director; Training";yes;nurzhan@example.org;\'+996 312 111 222',
      "HOST;rtc-bishkek;;;;Second Person;;no;;",
      "speaker;;wco secretariat;;;Jordan Test;Officer;YES;;",
      "PARTNER;;Testland Customs Partnership;partner;kg;;;;;",
    ].join("\n");
    const result = await importAttendeesAction(
      null,
      formDataOf({ meetingId: meeting.id, version: meeting.version, file: csvFile(csv) }),
    );
    expect(result).toMatchObject({ ok: true, data: { attendees: 3, people: 3 } });
    const after = await attendeeSnapshot(meeting.id);
    expect(after.meeting.version).toBe(meeting.version + 1);
    expect(after.organizations).toBe(before.organizations + 1);
    const wco = await prisma.organization.findUniqueOrThrow({ where: { slug: SEED_SLUGS.wcoSecretariat } });
    const created = await prisma.organization.findUniqueOrThrow({ where: { slug: "testland-customs-partnership" } });
    expect(created).toMatchObject({ kind: "PARTNER", countryCode: "KG" });
    expect(after.meeting.attendees.slice(3)).toMatchObject([
      {
        role: "HOST",
        position: 3,
        structureId: rtcBishkekId,
        people: [
          {
            fullName: "Nurzhan Test",
            jobTitle: "Director; Training",
            publicConsent: true,
            email: "nurzhan@example.org",
            phone: "+996 312 111 222",
          },
          { fullName: "Second Person", publicConsent: false },
        ],
      },
      {
        role: "SPEAKER",
        position: 4,
        organizationId: wco.id,
        people: [{ fullName: "Jordan Test", publicConsent: true }],
      },
      { role: "PARTNER", position: 5, organizationId: created.id, people: [] },
    ]);
    expect(await prisma.auditLog.count({ where: { entityId: meeting.id, action: "meeting.attendees.import" } })).toBe(
      1,
    );
  });
});

describe("attendees CSV export", () => {
  const request = (id: string) =>
    exportCsv(new Request(`http://localhost/en/staff/meetings/${id}/attendees/export.csv`), {
      params: Promise.resolve({ locale: "en", id }),
    });

  it("gives staff every attendee with private fields, with a BOM and formulas neutralised", async () => {
    const meeting = await createTestMeeting();
    const participant = meeting.attendees[1];
    await prisma.attendeePerson.create({
      data: {
        attendeeId: participant.id,
        position: 1,
        fullName: '=HYPERLINK("http://evil.example","click")',
        jobTitle: "@SUM(A1)",
        email: "-x@example.org",
      },
    });
    setTestUser(users.staffEurope);
    const response = await request(meeting.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain(`attendees-${meeting.slug}.csv`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const lines = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      '"role","structure_slug","organization_name","organization_kind","country","person_name","job_title","public_consent","email","phone"',
    );
    expect(lines).toHaveLength(5);
    expect(text).toContain('"PARTICIPANT","rtc-bishkek"');
    expect(text).toContain('"private.person@example.org","\'+996 555 000 111"');
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")","\'@SUM(A1)","no","\'-x@example.org"');
    expect(text).toContain('"SPEAKER","","WCO Secretariat","WCO_SECRETARIAT","BE"');
    expect(text).not.toMatch(/(^|,)"[=+\-@]/m);

    // What the export writes, the import reads back (the apostrophes come off).
    setTestUser(users.admin);
    const target = await createTestMeeting();
    const result = await importAttendeesAction(
      null,
      formDataOf({ meetingId: target.id, version: target.version, file: csvFile(text) }),
    );
    expect(result).toMatchObject({ ok: true, data: { attendees: 3, people: 2 } });
    const people = await prisma.attendeePerson.findMany({
      where: { attendee: { meetingId: target.id } },
      orderBy: { fullName: "asc" },
    });
    expect(people.map((p) => p.phone)).toContain("+996 555 000 111");
  });

  it("refuses everyone else", async () => {
    const meeting = await createTestMeeting();
    setTestUser(null);
    const anonymous = await request(meeting.id);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toContain("/en/sign-in?callbackUrl=");
    for (const who of ["rtcBishkek", "staffAsia", "rtcBudapest"] as const) {
      setTestUser(users[who]);
      const response = await request(meeting.id);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain("private.person@example.org");
    }
    setTestUser(users.admin);
    expect((await request("no-such-meeting")).status).toBe(404);
  });
});
