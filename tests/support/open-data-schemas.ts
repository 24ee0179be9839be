// JSON Schemas the tests hold the open data to: JSON Feed 1.1 (from the
// specification, https://www.jsonfeed.org/version/1.1/) and the schema.org
// properties a search engine needs of each JSON-LD type the pages publish.
import Ajv from "ajv";
import addFormats from "ajv-formats";

export const jsonFeedSchema = {
  type: "object",
  required: ["version", "title", "items"],
  properties: {
    version: { const: "https://jsonfeed.org/version/1.1" },
    title: { type: "string", minLength: 1 },
    home_page_url: { type: "string", format: "uri" },
    feed_url: { type: "string", format: "uri" },
    description: { type: "string" },
    language: { type: "string", pattern: "^[a-z]{2}(-[A-Z]{2})?$" },
    authors: {
      type: "array",
      items: {
        type: "object",
        properties: { name: { type: "string" }, url: { type: "string", format: "uri" } },
        anyOf: [{ required: ["name"] }, { required: ["url"] }],
      },
    },
    items: {
      type: "array",
      items: {
        type: "object",
        required: ["id"],
        anyOf: [{ required: ["content_html"] }, { required: ["content_text"] }],
        properties: {
          id: { type: "string", minLength: 1 },
          url: { type: "string", format: "uri" },
          title: { type: "string" },
          content_text: { type: "string" },
          content_html: { type: "string" },
          summary: { type: "string" },
          date_published: { type: "string", format: "date-time" },
          language: { type: "string", pattern: "^[a-z]{2}(-[A-Z]{2})?$" },
        },
      },
    },
  },
  // JSON Feed 1.1 replaced `author` with `authors`.
  not: { required: ["author"] },
} as const;

const place = { type: "object", required: ["@type"], properties: { "@type": { enum: ["Place", "VirtualLocation"] } } };

export const jsonLdSchemas = {
  Event: {
    type: "object",
    required: [
      "@context",
      "@type",
      "name",
      "startDate",
      "endDate",
      "eventAttendanceMode",
      "eventStatus",
      "location",
      "url",
    ],
    properties: {
      "@context": { const: "https://schema.org" },
      "@type": { const: "Event" },
      name: { type: "string", minLength: 1 },
      startDate: { type: "string", format: "date-time" },
      endDate: { type: "string", format: "date-time" },
      eventAttendanceMode: {
        enum: [
          "https://schema.org/OfflineEventAttendanceMode",
          "https://schema.org/OnlineEventAttendanceMode",
          "https://schema.org/MixedEventAttendanceMode",
        ],
      },
      eventStatus: {
        enum: [
          "https://schema.org/EventScheduled",
          "https://schema.org/EventCancelled",
          "https://schema.org/EventPostponed",
          "https://schema.org/EventRescheduled",
          "https://schema.org/EventMovedOnline",
        ],
      },
      location: { anyOf: [place, { type: "array", minItems: 1, items: place }] },
      url: { type: "string", format: "uri" },
    },
  },
  NewsArticle: {
    type: "object",
    required: ["@context", "@type", "headline", "datePublished", "url", "publisher"],
    properties: {
      "@context": { const: "https://schema.org" },
      "@type": { const: "NewsArticle" },
      headline: { type: "string", minLength: 1, maxLength: 200 },
      datePublished: { type: "string", format: "date-time" },
      url: { type: "string", format: "uri" },
      publisher: { type: "object", required: ["@type", "name"] },
    },
  },
  GovernmentOrganization: {
    type: "object",
    required: ["@context", "@type", "name", "url", "address"],
    properties: {
      "@context": { const: "https://schema.org" },
      "@type": { const: "GovernmentOrganization" },
      name: { type: "string", minLength: 1 },
      url: { type: "string", format: "uri" },
      address: { type: "object", required: ["@type", "addressCountry"] },
    },
  },
  // The register of decisions: each decision a CreativeWork recorded at its meeting (an Event).
  ItemList: {
    type: "object",
    required: ["@context", "@type", "name", "itemListElement"],
    properties: {
      "@context": { const: "https://schema.org" },
      "@type": { const: "ItemList" },
      name: { type: "string", minLength: 1 },
      itemListElement: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["@type", "position", "item"],
          properties: {
            "@type": { const: "ListItem" },
            position: { type: "integer", minimum: 1 },
            item: {
              type: "object",
              required: ["@type", "text", "inLanguage", "url", "dateCreated", "creativeWorkStatus", "recordedAt"],
              properties: {
                "@type": { const: "CreativeWork" },
                text: { type: "string", minLength: 1 },
                inLanguage: { type: "string", pattern: "^[a-z]{2}$" },
                url: { type: "string", format: "uri" },
                dateCreated: { type: "string", format: "date" },
                creativeWorkStatus: { type: "string", minLength: 1 },
                recordedAt: {
                  type: "object",
                  required: ["@type", "name", "startDate", "url"],
                  properties: {
                    "@type": { const: "Event" },
                    startDate: { type: "string", format: "date-time" },
                    url: { type: "string", format: "uri" },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} as const;

export function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}

/** The errors of a JSON-LD object against the schema of its @type ([] when valid). */
export function jsonLdErrors(data: { "@type"?: unknown }): string[] {
  const type = String(data["@type"]) as keyof typeof jsonLdSchemas;
  const schema = jsonLdSchemas[type];
  if (!schema) return [`no schema for @type ${type}`];
  const validate = validator().compile(schema);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

export function jsonFeedErrors(feed: unknown): string[] {
  const validate = validator().compile(jsonFeedSchema);
  return validate(feed) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
