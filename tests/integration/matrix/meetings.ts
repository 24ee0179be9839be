// One case per mutation of the meetings editor (details, publishing, agenda,
// outcomes, related meetings). Each `prepare` makes a fresh Europe meeting
// hosted by RTC Bishkek, so every actor starts from the same rows.
import { prisma } from "@/lib/db/client";
import {
  changeMeetingPublicationAction,
  createMeetingAction,
  deleteMeetingAction,
  updateMeetingAction,
} from "@/lib/actions/meetings";
import {
  addAgendaItemAction,
  moveAgendaItemAction,
  removeAgendaItemAction,
  updateAgendaItemAction,
} from "@/lib/actions/meeting-agenda";
import {
  addOutcomeAction,
  moveOutcomeAction,
  removeOutcomeAction,
  updateOutcomeAction,
} from "@/lib/actions/meeting-outcomes";
import { saveDecisionFollowUpAction } from "@/lib/actions/meeting-decisions";
import { linkMeetingAction, unlinkMeetingAction } from "@/lib/actions/meeting-relations";
import {
  createEuropeMeeting,
  europeRefs,
  meetingEditForm,
  meetingFields,
  meetingSnapshot,
  toFormData,
  uniqueSuffix,
} from "../../support/meeting-fixtures";
import { europeContent, onlyAdmin, type MatrixCase } from "./types";

type Fresh = Awaited<ReturnType<typeof createEuropeMeeting>>;
type Fields = Record<string, string | number | string[]>;

/** A case on a fresh meeting: the form from `fields`, the snapshot of that meeting (rows, parts, audit). */
function onFreshMeeting(
  name: string,
  action: MatrixCase["action"],
  fields: (meeting: Fresh) => Promise<Fields | FormData> | Fields | FormData,
  options: { published?: boolean } = {},
): MatrixCase {
  return {
    name,
    action,
    allowed: europeContent,
    prepare: async () => {
      const meeting = await createEuropeMeeting(options.published ? { status: "PUBLISHED", published: true } : {});
      const made = await fields(meeting);
      return {
        formData: made instanceof FormData ? made : toFormData(made),
        snapshot: () => meetingSnapshot(meeting.id),
      };
    },
  };
}

const ref = (m: Fresh) => ({ meetingId: m.id, version: m.version });

/** A public meeting of the Asia/Pacific region: no one of Europe may change its page. */
async function asiaPublicMeeting() {
  return prisma.meeting.create({
    data: {
      slug: `matrix-asia-${uniqueSuffix()}`,
      kind: "WORKSHOP",
      status: "PUBLISHED",
      startsAt: new Date("2027-05-01T02:00:00Z"),
      endsAt: new Date("2027-05-02T10:00:00Z"),
      timeZone: "Asia/Bangkok",
      region: { connect: { code: "AP" } },
      translations: { create: { locale: "en", title: "Matrix Asia/Pacific workshop", status: "PUBLISHED" } },
    },
    select: { id: true },
  });
}

/** Both meetings of a link: changing it changes both public pages. */
const bothSnapshot = (a: string, b: string) => async () => ({
  a: await meetingSnapshot(a),
  b: await meetingSnapshot(b),
});

const publication =
  (change: string, locales: string[] = ["en"]) =>
  (m: Fresh) => ({ id: m.id, version: m.version, step: "confirm", change, locales });

export const meetingsMatrixCases: MatrixCase[] = [
  onFreshMeeting("meeting.delete of a draft (confirmed)", deleteMeetingAction, (m) => ({
    id: m.id,
    version: m.version,
    confirm: "yes",
  })),
  {
    name: "meeting.create (Europe region)",
    action: createMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const title = `Matrix meeting ${uniqueSuffix()}`;
      const formData = toFormData(meetingFields(await europeRefs(), { "t.en.title": title }));
      return { formData, snapshot: () => prisma.meeting.count({ where: { translations: { some: { title } } } }) };
    },
  },
  onFreshMeeting("meeting.update", updateMeetingAction, (m) =>
    meetingEditForm(m.id, { "t.en.title": "Matrix update" }),
  ),
  onFreshMeeting("meeting.publication.publish", changeMeetingPublicationAction, publication("publish")),
  onFreshMeeting(
    "meeting.publication.languages",
    changeMeetingPublicationAction,
    async (m) => {
      await prisma.meetingTranslation.create({ data: { meetingId: m.id, locale: "ru", title: "Матричное совещание" } });
      return publication("languages", ["en", "ru"])(m);
    },
    { published: true },
  ),
  onFreshMeeting("meeting.publication.archive", changeMeetingPublicationAction, publication("archive"), {
    published: true,
  }),
  onFreshMeeting("meeting.publication.unpublish", changeMeetingPublicationAction, publication("unpublish"), {
    published: true,
  }),
  onFreshMeeting("meeting.agenda.add", addAgendaItemAction, (m) => ({
    ...ref(m),
    startsAt: "2027-03-01T10:00",
    "t.en.title": "Matrix item",
  })),
  onFreshMeeting("meeting.agenda.update", updateAgendaItemAction, (m) => ({
    ...ref(m),
    itemId: m.agendaItems[0].id,
    startsAt: "",
    "t.en.title": "Matrix edit",
  })),
  onFreshMeeting("meeting.agenda.remove", removeAgendaItemAction, (m) => ({ ...ref(m), itemId: m.agendaItems[0].id })),
  onFreshMeeting("meeting.agenda.move", moveAgendaItemAction, (m) => ({
    ...ref(m),
    itemId: m.agendaItems[1].id,
    direction: "up",
  })),
  onFreshMeeting("meeting.outcome.add", addOutcomeAction, (m) => ({
    ...ref(m),
    kind: "DECISION",
    "t.en.text": "Matrix decision",
  })),
  onFreshMeeting("meeting.outcome.update", updateOutcomeAction, (m) => ({
    ...ref(m),
    itemId: m.outcomes[0].id,
    kind: "OUTCOME",
    "t.en.text": "Matrix outcome",
  })),
  onFreshMeeting("meeting.outcome.remove", removeOutcomeAction, (m) => ({ ...ref(m), itemId: m.outcomes[0].id })),
  onFreshMeeting("meeting.outcome.move", moveOutcomeAction, (m) => ({
    ...ref(m),
    itemId: m.outcomes[1].id,
    direction: "up",
  })),
  onFreshMeeting("meeting.decision.followUp", saveDecisionFollowUpAction, async (m) => ({
    meetingId: m.id,
    decisionId: m.outcomes[1].id,
    version: 1,
    decisionKind: "ACTION_PLAN",
    status: "IN_PROGRESS",
    dueOn: "2027-12-31",
    responsible: [(await europeRefs()).hostStructureId],
  })),
  {
    name: "meeting.related.add (two Europe meetings)",
    action: linkMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const [meeting, other] = [
        await createEuropeMeeting(),
        await createEuropeMeeting({ status: "PUBLISHED", published: true }),
      ];
      return {
        formData: toFormData({ ...ref(meeting), targetId: other.id, kind: "FOLLOW_UP" }),
        snapshot: bothSnapshot(meeting.id, other.id),
      };
    },
  },
  {
    name: "meeting.related.remove (two Europe meetings)",
    action: unlinkMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const [meeting, other] = [
        await createEuropeMeeting(),
        await createEuropeMeeting({ status: "PUBLISHED", published: true }),
      ];
      await prisma.meetingRelation.create({
        data: { fromMeetingId: other.id, toMeetingId: meeting.id, kind: "RELATED" },
      });
      return {
        formData: toFormData({ ...ref(meeting), targetId: other.id }),
        snapshot: bothSnapshot(meeting.id, other.id),
      };
    },
  },
  // Issue 9, item 13: a link shows on both public pages, so only someone who may edit both changes it.
  {
    name: "meeting.related.add to another region's public meeting",
    action: linkMeetingAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const [meeting, asia] = [
        await createEuropeMeeting({ status: "PUBLISHED", published: true }),
        await asiaPublicMeeting(),
      ];
      return {
        formData: toFormData({ ...ref(meeting), targetId: asia.id, kind: "BACK_TO_BACK" }),
        snapshot: bothSnapshot(meeting.id, asia.id),
      };
    },
  },
  {
    name: "meeting.related.remove of a link shown on another region's page",
    action: unlinkMeetingAction,
    allowed: onlyAdmin,
    prepare: async () => {
      const [meeting, asia] = [
        await createEuropeMeeting({ status: "PUBLISHED", published: true }),
        await asiaPublicMeeting(),
      ];
      await prisma.meetingRelation.create({
        data: { fromMeetingId: asia.id, toMeetingId: meeting.id, kind: "RELATED" },
      });
      return {
        formData: toFormData({ ...ref(meeting), targetId: asia.id }),
        snapshot: bothSnapshot(meeting.id, asia.id),
      };
    },
  },
];
