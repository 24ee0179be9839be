// Issue 18, item 3: organizations created from the attendee form. Their
// public page exists only while a published meeting shows them, and
// administrators edit their names, merge duplicates and delete unused ones,
// each audited; a stale edit is refused; merge and delete need their
// confirmation step.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { addAttendeeAction } from "@/lib/actions/attendees";
import {
  deleteOrganizationAction,
  mergeOrganizationAction,
  updateOrganizationAction,
} from "@/lib/actions/organizations";
import { getPublicOrganization } from "@/lib/data/organizations/get-public-organization";
import { listOrganizations } from "@/lib/data/organizations/list-staff-organizations";
import messages from "@/messages/en.json";
import { formDataOf } from "../support/form-data";
import { createEuropeMeeting, publishMeeting, uniqueSuffix } from "../support/meeting-fixtures";
import { submitCreate } from "../support/redirects";
import { setTestUser } from "../support/test-session";
import { demoUsers } from "../support/test-users";

let users: Awaited<ReturnType<typeof demoUsers>>;

beforeAll(async () => {
  users = await demoUsers();
});
afterEach(() => setTestUser(null));

/** A new organization added to a meeting from the attendee form (as staff do), returning its id and slug. */
async function attendeeOrganization(meeting: { id: string }, name: string) {
  const { version } = await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { version: true } });
  setTestUser(users.staffEurope);
  const added = await addAttendeeAction(
    null,
    formDataOf({
      meetingId: meeting.id,
      version,
      role: "PARTNER",
      organizationChoice: "new",
      organizationName: name,
      organizationKind: "PARTNER",
      "people.0.fullName": `Person of ${name}`,
    }),
  );
  expect(added).toMatchObject({ ok: true });
  setTestUser(null);
  return prisma.organization.findFirstOrThrow({
    where: { translations: { some: { name } } },
    select: { id: true, slug: true, version: true },
  });
}

describe("an organization's public page", () => {
  it("exists only while a published meeting shows the organization", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const org = await attendeeOrganization(meeting, `UX Test Partner Agency ${uniqueSuffix()}`);
    expect(await getPublicOrganization({ locale: "en", slug: org.slug })).toMatchObject({ id: org.id });
    setTestUser(users.staffEurope);
    expect(await publishMeeting(meeting.id, "unpublish")).toMatchObject({ ok: true });
    expect(await getPublicOrganization({ locale: "en", slug: org.slug })).toBeNull();
  });

  it("never exists for an organization added to a draft only", async () => {
    const draft = await createEuropeMeeting();
    const org = await attendeeOrganization(draft, `Draft-only Partner ${uniqueSuffix()}`);
    expect(await getPublicOrganization({ locale: "en", slug: org.slug })).toBeNull();
  });
});

describe("organizations, for administrators", () => {
  it("lists them with how much each is used, for administrators only", async () => {
    const meeting = await createEuropeMeeting();
    const name = `Listed Partner ${uniqueSuffix()}`;
    await attendeeOrganization(meeting, name);
    const listed = await listOrganizations({ actor: users.admin, filters: { q: name, page: 1 }, locale: "en" });
    expect(listed.items).toMatchObject([{ name, attendances: 1, partnerships: 0 }]);
    const staff = await listOrganizations({ actor: users.staffEurope, filters: { q: name, page: 1 }, locale: "en" });
    expect(staff.items).toEqual([]);
  });

  it("edits the names per language, audited, and refuses a stale edit keeping nothing lost", async () => {
    const meeting = await createEuropeMeeting({ status: "PUBLISHED", published: true });
    const org = await attendeeOrganization(meeting, `Renamed Agency ${uniqueSuffix()}`);
    setTestUser(users.admin);
    const form = {
      id: org.id,
      version: org.version,
      kind: "PARTNER",
      countryCode: "",
      website: "https://agency.example.org",
      "t.en.name": "Regional Partner Agency",
      "t.fr.name": "Agence partenaire régionale",
      "t.ru.name": "Региональное партнёрское агентство",
    };
    expect(await updateOrganizationAction(null, formDataOf(form))).toMatchObject({ ok: true });
    expect(await getPublicOrganization({ locale: "fr", slug: org.slug })).toMatchObject({
      name: "Agence partenaire régionale",
    });
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "organization.update", entityId: org.id },
    });
    expect(audit.actorId).toBe(users.admin.id);
    // The same form again (its version is gone): refused, the typed text echoed back.
    const stale = await updateOrganizationAction(null, formDataOf({ ...form, "t.en.name": "Lost?" }));
    expect(stale).toMatchObject({ ok: false, message: messages.Forms.stale, values: { "t.en.name": "Lost?" } });
    // English is required: an empty English name is refused next to its field.
    const { version } = await prisma.organization.findUniqueOrThrow({ where: { id: org.id } });
    const blank = await updateOrganizationAction(null, formDataOf({ ...form, version, "t.en.name": "" }));
    expect(blank).toMatchObject({ ok: false, fieldErrors: { "t.en.name": [messages.Validation.required] } });
  });

  it("merges a duplicate into another: attendances move (people joined where both attended), the duplicate goes, audited", async () => {
    const [m1, m2] = [await createEuropeMeeting({ status: "PUBLISHED", published: true }), await createEuropeMeeting()];
    const keep = await attendeeOrganization(m2, `Kept Agency ${uniqueSuffix()}`);
    const duplicate = await attendeeOrganization(m1, `Duplicate Agency ${uniqueSuffix()}`);
    // The duplicate also attended m2, where the kept one is.
    await prisma.attendee.create({
      data: {
        meetingId: m2.id,
        role: "OBSERVER",
        position: 9,
        organizationId: duplicate.id,
        people: { create: { position: 0, fullName: "Second Person" } },
      },
    });
    setTestUser(users.admin);
    // Without its confirmation step: refused.
    const unconfirmed = await mergeOrganizationAction(
      null,
      formDataOf({ id: duplicate.id, version: duplicate.version, intoId: keep.id }),
    );
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirm: [messages.Validation.confirmRequired] } });
    const merged = await submitCreate(
      mergeOrganizationAction(
        null,
        formDataOf({ id: duplicate.id, version: duplicate.version, intoId: keep.id, confirm: "yes" }),
      ),
    );
    expect(merged).toMatchObject({ redirected: true, location: `/en/staff/organizations/${keep.id}?merged=1` });
    expect(await prisma.organization.count({ where: { id: duplicate.id } })).toBe(0);
    expect(await prisma.attendee.count({ where: { meetingId: m1.id, organizationId: keep.id } })).toBe(1);
    const onM2 = await prisma.attendee.findMany({
      where: { meetingId: m2.id, organizationId: keep.id },
      include: { people: true },
    });
    expect(onM2).toHaveLength(1);
    expect(onM2[0].people.map((p) => p.fullName).sort()).toContain("Second Person");
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "organization.merge", entityId: duplicate.id },
    });
    expect(audit).toMatchObject({ actorId: users.admin.id, after: { mergedInto: keep.id } });
    // The kept organization's page now shows m1 (published).
    expect((await getPublicOrganization({ locale: "en", slug: keep.slug }))?.meetings).toHaveLength(1);
  });

  it("deletes only an unused organization, after its confirmation step, audited", async () => {
    setTestUser(users.admin);
    const unused = await prisma.organization.create({
      data: {
        slug: `unused-${uniqueSuffix()}`,
        kind: "OTHER",
        translations: { create: { locale: "en", name: "Unused" } },
      },
    });
    const deleted = await submitCreate(
      deleteOrganizationAction(null, formDataOf({ id: unused.id, version: unused.version, confirm: "yes" })),
    );
    expect(deleted).toMatchObject({ redirected: true });
    expect(await prisma.organization.count({ where: { id: unused.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "organization.delete", entityId: unused.id } })).toBe(1);

    const used = await attendeeOrganization(await createEuropeMeeting(), `Used Agency ${uniqueSuffix()}`);
    setTestUser(users.admin);
    const refused = await deleteOrganizationAction(
      null,
      formDataOf({ id: used.id, version: used.version, confirm: "yes" }),
    );
    expect(refused).toMatchObject({ ok: false, fieldErrors: { _form: [messages.Validation.organization.inUse] } });
    expect(await prisma.organization.count({ where: { id: used.id } })).toBe(1);
  });
});
