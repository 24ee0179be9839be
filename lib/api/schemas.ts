// The open data API's parameters and documents, as zod schemas: the API
// validates and canonicalizes queries with them (lib/api/views.ts), and the
// OpenAPI document is generated from them (lib/api/openapi.ts), so the two
// cannot drift apart.
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { locales } from "@/i18n/routing";
import { meetingKinds, kindToParam } from "@/lib/validation/meeting-filters";

extendZodWithOpenApi(z);

export const API_MAX_PAGE = 10_000;
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);
const regionCode = z.enum(["eur", "ap", "ams", "esa", "wca", "mena"]);
const kindParams = meetingKinds.map(kindToParam) as [string, ...string[]];

// ------------------------------------------------------------------ queries

const localeParam = z.enum(locales).default("en").openapi({
  description: "Language of the texts; a text missing in it is given in English (see `language` of each record).",
});
const pageParam = z.coerce.number().int().min(1).max(API_MAX_PAGE).default(1).openapi({ description: "Page, from 1." });
const pageSizeParam = z.coerce
  .number()
  .int()
  .min(1)
  .max(100)
  .default(50)
  .openapi({ description: "Records per page (1–100)." });

export const meetingsQuerySchema = z.object({
  locale: localeParam,
  region: regionCode.optional().openapi({ description: "Region code." }),
  structure: slug
    .optional()
    .openapi({ description: "Slug of a regional structure that hosted, organized or attended the meeting." }),
  series: slug.optional().openapi({ description: "Slug of a meeting series." }),
  kind: z.enum(kindParams).optional().openapi({ description: "Kind of meeting." }),
  from: z.iso.date().optional().openapi({ description: "Meetings ending on or after this date (UTC)." }),
  to: z.iso.date().optional().openapi({ description: "Meetings starting on or before this date (UTC)." }),
  page: pageParam,
  pageSize: pageSizeParam,
});

export const structuresQuerySchema = z.object({
  locale: localeParam,
  region: regionCode.optional().openapi({ description: "Region code." }),
  kind: z.enum(["rocb", "rtc", "vice-chair"]).optional().openapi({ description: "Kind of structure." }),
  page: pageParam,
});

export const newsQuerySchema = z.object({
  locale: localeParam,
  region: regionCode.optional().openapi({ description: "Region code." }),
  topic: slug.optional().openapi({ description: "Topic slug." }),
  page: pageParam,
});

export const plansQuerySchema = z.object({
  locale: localeParam,
  region: regionCode.optional().openapi({ description: "Region code." }),
  page: pageParam,
});

const decisionStatusParam = z.enum(["open", "in-progress", "done", "dropped"]);
const decisionKindParam = z.enum(["action-plan", "next-meeting", "policy", "secretariat-request", "other"]);

export const decisionsQuerySchema = z.object({
  locale: localeParam,
  status: decisionStatusParam.optional().openapi({ description: "Status of the decision." }),
  kind: decisionKindParam.optional().openapi({ description: "Kind of decision." }),
  region: regionCode.optional().openapi({ description: "Region code of the meeting that took it." }),
  structure: slug.optional().openapi({ description: "Slug of a regional structure responsible for it." }),
  series: slug.optional().openapi({ description: "Slug of the meeting series." }),
  year: z.coerce.number().int().min(1950).max(2100).optional().openapi({ description: "Year of the meeting." }),
  page: pageParam,
  pageSize: pageSizeParam,
});

export const localeQuerySchema = z.object({ locale: localeParam });

export const idPathSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9_]{1,40}$/)
    .openapi({ description: "The record's identifier, as given in a list." }),
});

export const slugPathSchema = z.object({
  slug: slug.openapi({ description: "The record's slug, as in its page's address." }),
});
export const regionPathSchema = z.object({ code: regionCode.openapi({ description: "Region code." }) });

// ------------------------------------------------------------------ documents

const language = z
  .enum(locales)
  .openapi({ description: "Language of the record's texts (English when the requested one is missing)." });
const country = z
  .object({ code: z.string().length(2), name: z.string() })
  .nullable()
  .openapi("Country");
const dateTime = z.iso.datetime().openapi({ description: "UTC instant, ISO 8601." });
const ref = z.object({ slug: z.string(), name: z.string(), url: z.url() });

export const meetingSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    kind: z.enum(kindParams),
    format: z.enum(["in-person", "virtual", "hybrid"]),
    status: z.enum(["published", "archived"]),
    title: z.string(),
    summary: z.string(),
    language,
    startsAt: dateTime,
    endsAt: dateTime,
    timeZone: z.string().openapi({ description: "IANA time zone of the venue." }),
    city: z.string().openapi({ description: "City, in the requested language where known." }),
    country,
    region: regionCode.nullable(),
    series: ref.extend({ number: z.number().int().nullable() }).nullable(),
  })
  .openapi("MeetingSummary");

export const meetingSchema = meetingSummarySchema
  .extend({
    body: z.string().openapi({ description: "Markdown." }),
    venue: z.string(),
    host: ref.nullable(),
    organizer: ref.nullable(),
    agenda: z.array(
      z.object({
        startsAt: dateTime.nullable(),
        endsAt: dateTime.nullable(),
        title: z.string(),
        description: z.string(),
        language,
      }),
    ),
    outcomes: z.array(z.object({ kind: z.enum(["outcome", "decision"]), text: z.string(), language })),
    attendees: z
      .array(
        z.object({
          role: z.enum(["host", "organizer", "partner", "participant", "observer", "speaker", "chair"]),
          organization: ref.extend({ type: z.enum(["structure", "organization"]) }),
        }),
      )
      .openapi({ description: "Organizations that attended, by role. Named people are not part of the open data." }),
    documents: z.array(
      z.object({ title: z.string(), language, mimeType: z.string(), sizeBytes: z.number().int(), url: z.url() }),
    ),
    related: z.array(
      z.object({ relation: z.enum(["back-to-back", "follow-up", "related"]), slug: z.string(), url: z.url() }),
    ),
  })
  .openapi("Meeting");

export const structureSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    kind: z.enum(["rocb", "rtc", "vice-chair"]),
    status: z.enum(["active", "inactive"]),
    name: z.string(),
    hostAdministration: z.string(),
    language,
    region: regionCode,
    city: z.string(),
    country,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .openapi("StructureSummary");

export const structureSchema = structureSummarySchema
  .extend({
    description: z.string().openapi({ description: "Markdown." }),
    mandate: z.string().openapi({ description: "Markdown." }),
    establishedOn: z.iso.date().nullable(),
    address: z.string(),
    email: z.string(),
    phone: z.string(),
    website: z.string(),
  })
  .openapi("Structure");

export const regionSchema = z
  .object({
    code: regionCode,
    name: z.string(),
    url: z.url(),
    structureCount: z.number().int(),
    countryCount: z.number().int(),
  })
  .openapi("Region");

export const regionDetailSchema = regionSchema
  .extend({
    description: z.string(),
    language,
    countries: z.array(z.object({ code: z.string().length(2), name: z.string() })),
  })
  .openapi("RegionDetail");

export const newsSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    title: z.string(),
    excerpt: z.string(),
    language,
    publishedAt: dateTime.nullable(),
    topics: z.array(z.string()),
  })
  .openapi("NewsSummary");

export const newsSchema = newsSummarySchema
  .extend({
    body: z.string().openapi({ description: "Markdown." }),
    region: regionCode.nullable(),
    meeting: z.object({ slug: z.string(), url: z.url() }).nullable(),
  })
  .openapi("News");

const day = z.iso.date().openapi({ description: "Calendar date, ISO 8601." });
const activityStatus = z.enum(["planned", "in-progress", "done", "postponed", "cancelled"]);
const completionSchema = z
  .object({
    total: z.number().int().openapi({ description: "Activities." }),
    counted: z
      .number()
      .int()
      .openapi({ description: "Activities that count towards completion: all but the cancelled ones." }),
    done: z.number().int(),
    byStatus: z.record(activityStatus, z.number().int()),
    completion: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .openapi({ description: "done / counted; null when no activity counts." }),
  })
  .openapi("PlanCompletion");

export const planSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    region: regionCode,
    title: z.string(),
    language,
    periodStart: day,
    periodEnd: day,
    completion: completionSchema,
  })
  .openapi("PlanSummary");

const named = z.object({ name: z.string(), language });

const meetingRef = z.object({ slug: z.string(), title: z.string(), url: z.url(), startsAt: dateTime });

export const decisionSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    language,
    kind: decisionKindParam,
    status: decisionStatusParam,
    dueOn: day.nullable(),
    history: z.array(z.object({ status: decisionStatusParam, changedAt: dateTime })),
    meeting: meetingRef.openapi({ description: "The meeting that took the decision." }),
    responsible: z.array(z.object({ slug: z.string(), name: z.string(), url: z.url() })),
    followUp: z.object({
      plans: z.array(z.object({ slug: z.string(), title: z.string(), url: z.url() })),
      meeting: meetingRef.nullable().openapi({ description: "A later meeting that carried it out." }),
      news: z.object({ slug: z.string(), title: z.string(), url: z.url() }).nullable(),
      document: z.object({ title: z.string(), url: z.url() }).nullable(),
    }),
  })
  .openapi("Decision");

export const planSchema = planSummarySchema
  .extend({
    status: z.enum(["adopted", "closed"]),
    summary: z.string(),
    csv: z.url().openapi({ description: "The plan's figures as CSV, in the requested language." }),
    adoptedAt: z
      .object({ slug: z.string(), title: z.string(), url: z.url(), startsAt: dateTime })
      .nullable()
      .openapi({ description: "The meeting that adopted the plan." }),
    decision: z
      .object({ text: z.string(), language })
      .nullable()
      .openapi({ description: "The meeting's decision the plan carries out." }),
    activities: z.array(
      z.object({
        title: z.string(),
        description: z.string(),
        language,
        status: activityStatus.openapi({
          description:
            "As ROCB staff set it or as accepted progress reports moved it; submitted and returned reports never count.",
        }),
        structure: ref
          .extend({ language })
          .openapi({ description: "The structure responsible (usually a Regional Training Centre)." }),
        partners: z.array(named),
        plannedStart: day,
        plannedEnd: day,
        actualStart: day.nullable(),
        actualEnd: day.nullable(),
        indicators: z.array(
          named.extend({
            unit: z.string(),
            target: z.number(),
            accepted: z.number().openapi({ description: "The value of the latest accepted report." }),
            ratio: z.number().nullable().openapi({ description: "accepted / target; null for a target of 0." }),
          }),
        ),
      }),
    ),
  })
  .openapi("Plan");

export const pageMetaSchema = z
  .object({
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().openapi({ description: "Matching records, counted up to 10,000." }),
    totalIsCapped: z.boolean(),
    locale: z.enum(locales),
  })
  .openapi("PageMeta");

export const pageLinksSchema = z
  .object({ self: z.url(), next: z.url().nullable(), prev: z.url().nullable() })
  .openapi("PageLinks");

export const listOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ data: z.array(item), meta: pageMetaSchema, links: pageLinksSchema });
export const oneOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ data: item, meta: z.object({ locale: z.enum(locales) }) });

export const errorSchema = z
  .object({ error: z.object({ status: z.number().int(), message: z.string() }) })
  .openapi("Error");
