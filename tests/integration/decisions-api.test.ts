// The register of decisions in the open data API (issue 21): the list with
// the register's filters, one decision by id, each validated against the
// OpenAPI document's schema; refusals as JSON errors; a draft meeting's
// decision is no record.
import { describe, expect, it } from "vitest";
import * as catchAll from "@/app/api/v1/[...path]/route";
import * as viewRoute from "@/app/api/v1/view/[view]/route";
import { decisionSchema, listOf, oneOf } from "@/lib/api/schemas";
import { apiRewrite } from "@/lib/api/views";
import { prisma } from "@/lib/db/client";
import { SEED_SLUGS } from "@/prisma/seed/keys";

async function get(address: string) {
  const url = new URL(address, "http://localhost:3000");
  const target = apiRewrite(url.pathname, url.searchParams);
  if (!target) return catchAll.GET(new Request(url));
  const view = target.split("/").pop()!;
  return viewRoute.GET(new Request(new URL(target, url)), { params: Promise.resolve({ view }) });
}

describe("the decisions in the open data API", () => {
  it("lists the register with its filters, in the documented shape", async () => {
    const response = await get("/api/v1/decisions?status=done&locale=ar");
    expect(response.status).toBe(200);
    const body = listOf(decisionSchema).parse(await response.json());
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((d) => d.status === "done")).toBe(true);
    const brussels = body.data.find((d) => d.meeting.slug === SEED_SLUGS.brussels2011);
    expect(brussels?.kind).toBe("next-meeting");
    expect(brussels?.language).toBe("en");
    expect(brussels?.followUp.meeting?.slug).toBe("seventh-informal-meeting-rocb-rtc-vice-chairs-2012");
    expect(brussels?.history.map((h) => h.status)).toEqual(["open", "done"]);

    const centre = listOf(decisionSchema).parse(
      await (await get(`/api/v1/decisions?structure=${SEED_SLUGS.rtcBishkek}`)).json(),
    );
    expect(centre.data.map((d) => d.kind)).toEqual(["action-plan"]);
    expect(centre.data[0].followUp.plans[0].url).toContain("/regions/eur/plans/");
  });

  it("answers one decision by id, and a draft meeting's decision or a bad value as JSON errors", async () => {
    const list = listOf(decisionSchema).parse(await (await get("/api/v1/decisions?kind=policy")).json());
    const one = await get(`/api/v1/decisions/${list.data[0].id}`);
    expect(one.status).toBe(200);
    expect(oneOf(decisionSchema).parse(await one.json()).data.kind).toBe("policy");

    const draft = await prisma.meetingOutcome.findFirst({
      where: { kind: "DECISION", meeting: { status: "DRAFT" } },
      select: { id: true },
    });
    if (draft) expect((await get(`/api/v1/decisions/${draft.id}`)).status).toBe(404);
    expect((await get("/api/v1/decisions/not-an-id!")).status).toBe(404);
    const bad = await get("/api/v1/decisions?status=maybe");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("open, in-progress");
  });
});
