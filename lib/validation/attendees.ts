// Attendees of a meeting: the editor's form, the moves, and one row of a CSV
// import. Shared by the forms (client) and the actions (server).
import { checkbox, recordId, requiredFile, unflatten, z } from "./form-fields";
import { meetingRef } from "./meeting-items";
import { lineString } from "./text-rules";

export const attendeeRoles = ["HOST", "ORGANIZER", "PARTNER", "PARTICIPANT", "OBSERVER", "SPEAKER", "CHAIR"] as const;
export const organizationKinds = ["MEMBER_ADMINISTRATION", "WCO_SECRETARIAT", "PARTNER", "OTHER"] as const;
/** Where the attendee organization comes from. */
export const organizationChoices = ["structure", "organization", "new"] as const;

export const maxPeoplePerAttendee = 50;

/** The meeting being edited and the version the form was loaded with. */
export const meetingRefSchema = z.object(meetingRef);

const emailOrEmpty = z
  .string()
  .trim()
  .max(254)
  .refine((value) => value === "" || z.email().safeParse(value).success, { message: "invalidEmail" });

/** Digits, spaces, + ( ) . / - only, with at least three digits (or empty). */
export const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine((value) => value === "" || (/^\+?[0-9 ().\/-]+$/.test(value) && (value.match(/[0-9]/g)?.length ?? 0) >= 3), {
    message: "phoneFormat",
  });

export const attendeePersonSchema = z.object({
  fullName: lineString().min(1).max(200),
  jobTitle: lineString().max(200).default(""),
  publicConsent: checkbox,
  email: emailOrEmpty.default(""),
  phone: phoneSchema.default(""),
});

const personFields = ["fullName", "jobTitle", "publicConsent", "email", "phone"] as const;

/** Without JavaScript the form offers one spare person row (marked `people.<n>.spare`): left empty, it is no person. */
function dropEmptySpare(people: unknown): unknown {
  if (!Array.isArray(people)) return people;
  return people.filter((person) => {
    if (!person || typeof person !== "object" || !("spare" in person)) return true;
    return personFields.some((name) => Boolean((person as Record<string, unknown>)[name]));
  });
}

const attendeeFields = meetingRefSchema.extend({
  role: z.enum(attendeeRoles),
  organizationChoice: z.enum(organizationChoices),
  structureId: lineString().max(40).default(""),
  organizationId: lineString().max(40).default(""),
  organizationName: lineString().max(200).default(""),
  organizationKind: z.union([z.enum(organizationKinds), z.literal("")]).default(""),
  organizationCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/)
    .default(""),
  people: z.preprocess(dropEmptySpare, z.array(attendeePersonSchema).max(maxPeoplePerAttendee).default([])),
});

type AttendeeFields = z.output<typeof attendeeFields>;

/** The fields of the chosen kind of organization are required (runs even when other fields are wrong, so every error shows at once). */
function requireOrganization(value: Partial<AttendeeFields>, ctx: z.RefinementCtx<Partial<AttendeeFields>>) {
  if (!value || typeof value !== "object") return;
  const missing = (path: keyof AttendeeFields) => ctx.addIssue({ code: "custom", message: "required", path: [path] });
  if (value.organizationChoice === "structure" && !value.structureId) missing("structureId");
  if (value.organizationChoice === "organization" && !value.organizationId) missing("organizationId");
  if (value.organizationChoice === "new") {
    if (!value.organizationName) missing("organizationName");
    if (!value.organizationKind) missing("organizationKind");
  }
}

const always = { when: () => true };

/** People's fields are named people.<n>.<field> (form-fields.ts): errors come back under the inputs' names. */
export const attendeeSchema = z.preprocess(unflatten, attendeeFields.superRefine(requireOrganization, always));

export const updateAttendeeSchema = z.preprocess(
  unflatten,
  attendeeFields.extend({ attendeeId: recordId }).superRefine(requireOrganization, always),
);

export const removeAttendeeSchema = meetingRefSchema.extend({ attendeeId: recordId });

export const importAttendeesSchema = meetingRefSchema.extend({ file: requiredFile });

export type AttendeeInput = z.output<typeof attendeeSchema>;

// ---------------------------------------------------------------- CSV rows

/** The columns of the CSV import and export, in order. */
export const csvColumns = [
  "role",
  "structure_slug",
  "organization_name",
  "organization_kind",
  "country",
  "person_name",
  "job_title",
  "public_consent",
  "email",
  "phone",
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** Prefix of the form field errors that carry the import's row-by-row report: `csv:<row>:<column>`. */
export const csvReportPrefix = "csv:";

const upper = (value: string) => value.toUpperCase();
const consentValues: Record<string, boolean> = {
  "": false,
  yes: true,
  no: false,
  true: true,
  false: false,
  "1": true,
  "0": false,
  y: true,
  n: false,
};

/**
 * One row of the CSV file. A row is one person of an organization, or an
 * organization without people (person columns empty). With structure_slug the
 * attendee is that structure (organization_name is then only informative);
 * otherwise organization_name names an existing organization or a new one.
 */
export const csvRowSchema = z
  .object({
    role: z
      .string()
      .trim()
      .min(1)
      .transform(upper)
      .pipe(z.enum(attendeeRoles, { message: "role" })),
    structure_slug: lineString().toLowerCase().max(100).default(""),
    organization_name: lineString().max(200).default(""),
    organization_kind: z
      .string()
      .trim()
      .transform(upper)
      .pipe(z.union([z.enum(organizationKinds), z.literal("")], { message: "organizationKind" }))
      .default(""),
    country: z
      .string()
      .trim()
      .transform(upper)
      .pipe(z.string().regex(/^([A-Z]{2})?$/, { message: "country" }))
      .default(""),
    person_name: lineString().max(200).default(""),
    job_title: lineString().max(200).default(""),
    public_consent: z
      .string()
      .trim()
      .toLowerCase()
      .refine((value) => value in consentValues, { message: "consent" })
      .transform((value) => consentValues[value] ?? false)
      .default(false),
    email: emailOrEmpty.default(""),
    phone: phoneSchema.default(""),
  })
  .superRefine((row, ctx) => {
    if (!row || typeof row !== "object") return;
    if (!row.structure_slug && !row.organization_name) {
      ctx.addIssue({ code: "custom", message: "organizationMissing", path: ["organization_name"] });
    }
    if (!row.person_name && (row.job_title || row.email || row.phone || row.public_consent)) {
      ctx.addIssue({ code: "custom", message: "personNameMissing", path: ["person_name"] });
    }
  }, always);

export type CsvRow = z.output<typeof csvRowSchema>;
