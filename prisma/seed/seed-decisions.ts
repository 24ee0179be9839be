// The demo decisions' follow-up (issue 21): the kind, the structures
// responsible, the due date, the status with its dated history and what
// carried each out, for the decisions of the two founding meetings (Bishkek
// 2021: the joint action plan and structured monitoring; Brussels 2011: the
// seventh informal meeting). Applied to a decision only while staff have not
// touched it (version 1, no history beyond the first entry), so staff edits
// survive a re-seed.
import type { SeedContext } from "./context";
import { SEED_SLUGS } from "./keys";

type Status = "OPEN" | "IN_PROGRESS" | "DONE" | "DROPPED";
type DecisionSeed = {
  meeting: string;
  /** Position among the meeting's decisions (outcomes of kind DECISION). */
  index: number;
  kind: "ACTION_PLAN" | "NEXT_MEETING" | "POLICY" | "SECRETARIAT_REQUEST" | "OTHER";
  responsible: string[];
  dueOn: string;
  history: [Status, string][];
  followUpMeeting?: string;
};

const decisions: DecisionSeed[] = [
  {
    meeting: SEED_SLUGS.bishkek2021,
    index: 0,
    kind: "ACTION_PLAN",
    responsible: [SEED_SLUGS.rocbEurope, SEED_SLUGS.rtcBishkek],
    dueOn: "2021-12-31",
    history: [
      ["OPEN", "2021-10-15T12:00:00Z"],
      ["DONE", "2022-01-10T09:00:00Z"],
    ],
  },
  {
    meeting: SEED_SLUGS.bishkek2021,
    index: 1,
    kind: "POLICY",
    responsible: [SEED_SLUGS.rocbEurope],
    dueOn: "2022-06-30",
    history: [
      ["OPEN", "2021-10-15T12:00:00Z"],
      ["IN_PROGRESS", "2022-02-01T09:00:00Z"],
    ],
  },
  {
    meeting: SEED_SLUGS.brussels2011,
    index: 0,
    kind: "NEXT_MEETING",
    responsible: [],
    dueOn: "2012-02-29",
    history: [
      ["OPEN", "2011-05-11T16:00:00Z"],
      ["DONE", "2012-02-28T17:00:00Z"],
    ],
    followUpMeeting: "seventh-informal-meeting-rocb-rtc-vice-chairs-2012",
  },
];

export async function seedDecisions(ctx: SeedContext) {
  const { prisma } = ctx;
  for (const seed of decisions) {
    const decision = await prisma.meetingOutcome.findFirst({
      where: { kind: "DECISION", meeting: { slug: seed.meeting } },
      orderBy: { position: "asc" },
      skip: seed.index,
      select: { id: true, version: true, _count: { select: { statusChanges: true, responsible: true } } },
    });
    if (!decision || decision.version !== 1 || decision._count.statusChanges > 1 || decision._count.responsible)
      continue;
    const [structures, followUp] = await Promise.all([
      prisma.structure.findMany({ where: { slug: { in: seed.responsible } }, select: { id: true } }),
      seed.followUpMeeting
        ? prisma.meeting.findUnique({ where: { slug: seed.followUpMeeting }, select: { id: true } })
        : null,
    ]);
    await prisma.$transaction([
      prisma.decisionStatusChange.deleteMany({ where: { outcomeId: decision.id } }),
      prisma.meetingOutcome.update({
        where: { id: decision.id },
        data: {
          decisionKind: seed.kind,
          dueOn: new Date(`${seed.dueOn}T00:00:00Z`),
          status: seed.history.at(-1)![0],
          followUpMeetingId: followUp?.id ?? null,
          responsible: { create: structures.map((s) => ({ structureId: s.id })) },
          statusChanges: {
            create: seed.history.map(([status, at]) => ({ status, changedAt: new Date(at) })),
          },
        },
      }),
    ]);
    ctx.created("decision follow-up");
  }
}
