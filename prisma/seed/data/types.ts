// Shapes of the demo content. The data files hold plain values keyed by natural
// keys (codes and slugs); the seed resolves them to ids when it writes.
import type {
  AttendeeRole,
  ContentStatus,
  Locale,
  MeetingDocumentKind,
  MeetingFormat,
  MeetingKind,
  MeetingRelationKind,
  OrganizationKind,
  OutcomeKind,
  StructureHistoryKind,
  StructureKind,
  StructureStatus,
  UserRole,
} from "../../../lib/db/generated/enums";

export type { Locale };

/** English is always present; other locales only where the content is translated. */
export type Localized<T> = { en: T } & Partial<Record<Exclude<Locale, "en">, T>>;

/** A calendar date, "2019-04-01". */
export type DateOnly = string;

/** A wall-clock time at the venue, "2021-10-12T09:00", read in the meeting's time zone. */
export type LocalDateTime = string;

/** A fixed instant ("2021-10-18T08:00:00Z") or one relative to when the seed runs. */
export type InstantSeed = string | { daysAgo: number };

export type RegionSeed = {
  code: string;
  sortOrder: number;
  /** ISO 3166-1 alpha-2 codes of the member countries (names come from Intl.DisplayNames). */
  countries: string[];
  t: Localized<{ name: string; description: string }>;
};

export type TopicSeed = { slug: string; t: Localized<string> };

export type OrganizationSeed = {
  slug: string;
  kind: OrganizationKind;
  countryCode?: string;
  website?: string;
  t: Localized<string>;
};

export type HistorySeed = {
  kind: StructureHistoryKind;
  startsOn: DateOnly;
  endsOn?: DateOnly;
  countryCode?: string;
  city?: string;
  t: Localized<string>;
};

export type StructureTextSeed = {
  name: string;
  hostAdministration: string;
  headTitle: string;
  description: string;
  mandate: string;
};

export type StructureSeed = {
  slug: string;
  kind: StructureKind;
  status?: StructureStatus;
  region: string;
  countryCode: string;
  city: string;
  establishedOn?: DateOnly;
  address: string;
  email: string;
  phone: string;
  website: string;
  headName: string;
  latitude: number;
  longitude: number;
  t: Localized<StructureTextSeed>;
  history?: HistorySeed[];
};

export type SeriesSeed = { slug: string; kind: MeetingKind; region?: string; t: Localized<string> };

/** Fixed local times, or whole days relative to the seed run (starting at 09:00 local by default). */
export type ScheduleSeed =
  | { starts: LocalDateTime; ends: LocalDateTime }
  | { inDays?: number; inMonths?: number; lengthDays: number; startTime?: string; endTime?: string };

export type PersonSeed = {
  fullName: string;
  jobTitle?: string;
  publicConsent: boolean;
  /** Private: never shown publicly. */
  email?: string;
  /** Private: never shown publicly. */
  phone?: string;
};

export type AttendeeSeed = { role: AttendeeRole; people?: PersonSeed[] } & (
  { structure: string; organization?: never } | { organization: string; structure?: never }
);

export type SessionSeed = { key: string; chair?: string; room?: string; link?: string; t: Localized<string> };

export type AgendaItemSeed = {
  at?: LocalDateTime;
  until?: LocalDateTime;
  session?: string;
  /** Full names of people among the meeting's attendees. */
  speakers?: string[];
  t: Localized<{ title: string; description?: string }>;
};

export type MeetingTextSeed = { title: string; summary: string; body: string; venue?: string };

export type MeetingSeed = {
  slug: string;
  kind: MeetingKind;
  status: ContentStatus;
  series?: { slug: string; number?: number };
  schedule: ScheduleSeed;
  timeZone: string;
  format: MeetingFormat;
  city: string;
  countryCode?: string;
  region?: string;
  host?: string;
  organizer?: string;
  /** Omitted for drafts. Translations share the meeting's status and date. */
  publishedAt?: InstantSeed;
  t: Localized<MeetingTextSeed>;
  /** Sessions of the timetable, named by a key the agenda items refer to; a chair is a person's full name among the attendees. */
  sessions?: SessionSeed[];
  agenda?: AgendaItemSeed[];
  /** How to join an online or hybrid meeting; public from its first day unless fromStartDay is false. */
  join?: { url: string; fromStartDay: boolean };
  outcomes?: { kind: OutcomeKind; t: Localized<string> }[];
  attendees?: AttendeeSeed[];
  /** Meetings this one points to; they must come earlier in the seed order. */
  relations?: { to: string; kind: MeetingRelationKind }[];
  /** Public documents of the meeting: small PDFs the seed writes (prisma/seed/demo-pdf.ts). */
  documents?: DocumentSeed[];
};

/**
 * A demo PDF: its title on the meeting page, its language, its file name (lower-case, a-z0-9-), its lines of
 * text; staff only when said; its kind (default OTHER) and the agenda item it belongs to, named by that
 * item's start (`at`), or none (the meeting as a whole).
 */
export type DocumentSeed = {
  title: string;
  language: Locale;
  fileName: string;
  lines: string[];
  staffOnly?: boolean;
  kind?: MeetingDocumentKind;
  agendaItemAt?: LocalDateTime;
};

export type NewsSeed = {
  slug: string;
  publishedAt: InstantSeed;
  region?: string;
  meeting?: string;
  topics: string[];
  structures: string[];
  t: Localized<{ title: string; excerpt: string; body: string }>;
};

export type UserSeed = {
  email: string;
  name: string;
  role: UserRole;
  structure?: string;
  preferredLocale: Locale;
};
