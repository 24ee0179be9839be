// Shapes shared by the import readers, the extractor and the command line.

export type ImportLocale = "en" | "fr" | "es" | "ru" | "ar";
export const IMPORT_LOCALES: readonly ImportLocale[] = ["en", "fr", "es", "ru", "ar"];

/** One news item as a reader found it, before anything is proposed. */
export type ImportItem = {
  /** The file name, or the item's URL when it has one. */
  source: string;
  sourceUrl: string | null;
  title: string;
  language: ImportLocale | null;
  publishedOn: string | null; // YYYY-MM-DD
  /** The body as Markdown. */
  body: string;
  /** Keys of the items this one is a translation of (WPML/Polylang groups). */
  translationGroup: string | null;
  images: string[];
  /** Documents attached to the item apart from its body (a WordPress post's attachments); links in the body are found in it. */
  attachments?: string[];
  /** The meeting staff reviewed in the import screen (null: no meeting); absent, the extractor's proposal stands. */
  review?: MeetingReview | null;
};

/** A reader's report on an item it could not read: nothing else is lost. */
export type ImportFailure = { source: string; reason: string };

/** The directory the extractor matches names against (every language). */
export type ImportDirectory = {
  structures: {
    slug: string;
    kind: "ROCB" | "RTC" | "VICE_CHAIR" | string;
    regionCode: string;
    countryCode: string;
    city: string;
    names: string[];
  }[];
  organizations: { slug: string; countryCode: string | null; names: string[] }[];
  /** Cities of the gazetteer: the English name, its country, its names in every language. */
  cities: { city: string; countryCode: string; names: string[] }[];
  /** Country code → region code. */
  countryRegions: Record<string, string>;
};

export type MeetingKindProposal =
  "REGIONAL_STRUCTURES_MEETING" | "GLOBAL_INFORMAL_MEETING" | "WORKSHOP" | "TRAINING" | "COMMITTEE" | "OTHER";

export type OrgProposal = { name: string; structure: string | null; organization: string | null };

export type MeetingProposal = {
  kind: MeetingKindProposal;
  seriesNumber: number | null;
  startDate: string | null;
  endDate: string | null;
  format: "IN_PERSON" | "VIRTUAL" | "HYBRID" | null;
  city: string | null;
  country: string | null;
  region: "EUR" | "AP" | "AMS" | "ESA" | "WCA" | "MENA" | null;
  organizers: OrgProposal[];
  hosts: OrgProposal[];
  partners: OrgProposal[];
  participants: OrgProposal[];
  backToBack: string[];
  decisions: string[];
};

/** A proposed meeting's fields as staff accepted, edited or cleared (null) them before the drafts are made. */
export type MeetingReview = Pick<
  MeetingProposal,
  "kind" | "seriesNumber" | "startDate" | "endDate" | "format" | "city" | "country"
>;

export type Proposal = {
  source: string;
  title: string;
  language: ImportLocale;
  publishedOn: string | null;
  isMeetingReport: boolean;
  meeting: MeetingProposal | null;
  people: { name: string; role: string | null }[];
  evidence: Record<string, string>;
};
