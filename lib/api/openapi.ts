// The OpenAPI 3 document of the open data API, generated from the zod
// schemas that also validate its queries (lib/api/schemas.ts) with
// @asteasolutions/zod-to-openapi.
import { OpenAPIRegistry, OpenApiGeneratorV3 } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";
import {
  errorSchema,
  listOf,
  localeQuerySchema,
  meetingSchema,
  meetingsQuerySchema,
  meetingSummarySchema,
  newsQuerySchema,
  newsSchema,
  newsSummarySchema,
  oneOf,
  planSchema,
  plansQuerySchema,
  decisionsQuerySchema,
  decisionSchema,
  idPathSchema,
  planSummarySchema,
  regionDetailSchema,
  regionPathSchema,
  regionSchema,
  slugPathSchema,
  structureSchema,
  structuresQuerySchema,
  structureSummarySchema,
} from "./schemas";

type Route = {
  path: string;
  summary: string;
  query: z.ZodObject<z.ZodRawShape>;
  params?: typeof slugPathSchema | typeof regionPathSchema | typeof idPathSchema;
  body: z.ZodTypeAny;
  tag: string;
};

const routes: Route[] = [
  {
    path: "/meetings",
    summary: "Published meetings, in date order, filtered and paginated",
    query: meetingsQuerySchema,
    body: listOf(meetingSummarySchema),
    tag: "Meetings",
  },
  {
    path: "/meetings/{slug}",
    summary: "A published meeting with its agenda, outcomes, attendees and documents",
    query: localeQuerySchema,
    params: slugPathSchema,
    body: oneOf(meetingSchema),
    tag: "Meetings",
  },
  {
    path: "/structures",
    summary: "Published regional structures (ROCBs, RTCs, Vice-Chair offices)",
    query: structuresQuerySchema,
    body: listOf(structureSummarySchema),
    tag: "Structures",
  },
  {
    path: "/structures/{slug}",
    summary: "A published regional structure",
    query: localeQuerySchema,
    params: slugPathSchema,
    body: oneOf(structureSchema),
    tag: "Structures",
  },
  {
    path: "/regions",
    summary: "The six WCO regions",
    query: localeQuerySchema,
    body: listOf(regionSchema),
    tag: "Regions",
  },
  {
    path: "/regions/{code}",
    summary: "A region with its member countries",
    query: localeQuerySchema,
    params: regionPathSchema,
    body: oneOf(regionDetailSchema),
    tag: "Regions",
  },
  {
    path: "/news",
    summary: "Published news, newest first",
    query: newsQuerySchema,
    body: listOf(newsSummarySchema),
    tag: "News",
  },
  {
    path: "/news/{slug}",
    summary: "A published news article",
    query: localeQuerySchema,
    params: slugPathSchema,
    body: oneOf(newsSchema),
    tag: "News",
  },
  {
    path: "/plans",
    summary: "Adopted and closed joint action plans, newest period first, with their completion",
    query: plansQuerySchema,
    body: listOf(planSummarySchema),
    tag: "Plans",
  },
  {
    path: "/plans/{slug}",
    summary:
      "A joint action plan: its activities by structure, their status and each indicator's accepted value against its target",
    query: localeQuerySchema,
    params: slugPathSchema,
    body: oneOf(planSchema),
    tag: "Plans",
  },
  {
    path: "/decisions",
    summary:
      "The register of decisions of published meetings, latest meeting first: status with its history, who is responsible, and what carried each out",
    query: decisionsQuerySchema,
    body: listOf(decisionSchema),
    tag: "Decisions",
  },
  {
    path: "/decisions/{id}",
    summary: "A decision of a published meeting, with its follow-up",
    query: localeQuerySchema,
    params: idPathSchema,
    body: oneOf(decisionSchema),
    tag: "Decisions",
  },
];

let cached: object | null = null;

/** The document; its server is relative ("/api/v1", next to the document itself), so the file does not depend on the host. */
export function openApiDocument(): object {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  for (const route of routes) {
    registry.registerPath({
      method: "get",
      path: route.path,
      summary: route.summary,
      tags: [route.tag],
      request: { query: route.query, ...(route.params ? { params: route.params } : {}) },
      responses: {
        200: { description: "OK", content: { "application/json": { schema: route.body } } },
        ...(route.params
          ? {
              404: {
                description: "No such published record",
                content: { "application/json": { schema: errorSchema } },
              },
            }
          : {}),
      },
    });
  }
  const generator = new OpenApiGeneratorV3(registry.definitions);
  cached = generator.generateDocument({
    openapi: "3.0.3",
    servers: [{ url: "/api/v1" }],
    info: {
      title: "WCO Regional Structures Portal — open data",
      version: "1.0.0",
      description:
        "Read-only, published content only: meetings, regional structures, regions, news, joint action plans and the decisions of meetings of the WCO regional capacity-building network. Texts in English, French, Spanish, Russian and Arabic (`locale`), with English where a translation is missing. Named people are never included. Responses are cached; unknown parameters are ignored.",
      license: { name: "Open data" },
    },
  });
  return cached;
}
