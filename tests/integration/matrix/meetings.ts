// One case per mutation of the meetings editor (details, status, agenda,
// outcomes, related meetings). Each `prepare` makes a fresh Europe meeting
// hosted by RTC Bishkek, so every actor starts from the same rows.
import { prisma } from "@/lib/db/client";
import { createMeetingAction, setMeetingStatusAction, updateMeetingAction } from "@/lib/actions/meetings";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from "@/lib/actions/meeting-agenda";
import { addOutcomeAction, moveOutcomeAction, removeOutcomeAction, updateOutcomeAction } from "@/lib/actions/meeting-outcomes";
import { linkMeetingAction, unlinkMeetingAction } from "@/lib/actions/meeting-relations";
import { SEED_SLUGS } from "@/prisma/seed/keys";
import { createEuropeMeeting, europeRefs, meetingFields, meetingSnapshot, toFormData, uniqueSuffix } from "../../support/meeting-fixtures";
import { europeContent, type MatrixCase } from "./types";

type Fresh = Awaited<ReturnType<typeof createEuropeMeeting>>;

/** A case on a fresh meeting: the form from `fields`, the snapshot of that meeting (rows, parts, audit). */
function onFreshMeeting(name: string, action: MatrixCase["action"], fields: (meeting: Fresh) => Promise<Record<string, string | number>> | Record<string, string | number>, options: { published?: boolean } = {}): MatrixCase {
  return {
    name,
    action,
    allowed: europeContent,
    prepare: async () => {
      const meeting = await createEuropeMeeting(options.published ? { status: "PUBLISHED", published: true } : {});
      const formData = toFormData(await fields(meeting));
      return { formData, snapshot: () => meetingSnapshot(meeting.id) };
    },
  };
}

const ref = (m: Fresh) => ({ meetingId: m.id, version: m.version });

export const meetingsMatrixCases: MatrixCase[] = [
  {
    name: "meeting.create (Europe region)",
    action: createMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const title = `Matrix meeting ${uniqueSuffix()}`;
      const formData = toFormData(meetingFields(await europeRefs(), { title_en: title }));
      return { formData, snapshot: () => prisma.meeting.count({ where: { translations: { some: { title } } } }) };
    },
  },
  onFreshMeeting("meeting.update", updateMeetingAction, async (m) => ({
    ...meetingFields(await europeRefs(), { title_en: "Matrix update" }),
    slug: m.slug,
    id: m.id,
    version: m.version,
    intent: "save",
  })),
  onFreshMeeting("meeting.publishTranslation", updateMeetingAction, async (m) => ({
    ...meetingFields(await europeRefs(), { title_en: "Matrix publish" }),
    slug: m.slug,
    id: m.id,
    version: m.version,
    intent: "publish:en",
  })),
  onFreshMeeting("meeting.status (publish)", setMeetingStatusAction, (m) => ({ id: m.id, version: m.version, status: "PUBLISHED" }), { published: true }),
  onFreshMeeting("meeting.agenda.add", addAgendaItemAction, (m) => ({ ...ref(m), startsAt: "2027-03-01T10:00", title_en: "Matrix item" })),
  onFreshMeeting("meeting.agenda.update", updateAgendaItemAction, (m) => ({ ...ref(m), itemId: m.agendaItems[0].id, startsAt: "", title_en: "Matrix edit" })),
  onFreshMeeting("meeting.agenda.remove", removeAgendaItemAction, (m) => ({ ...ref(m), itemId: m.agendaItems[0].id })),
  onFreshMeeting("meeting.agenda.move", moveAgendaItemAction, (m) => ({ ...ref(m), itemId: m.agendaItems[1].id, direction: "up" })),
  onFreshMeeting("meeting.outcome.add", addOutcomeAction, (m) => ({ ...ref(m), kind: "DECISION", text_en: "Matrix decision" })),
  onFreshMeeting("meeting.outcome.update", updateOutcomeAction, (m) => ({ ...ref(m), itemId: m.outcomes[0].id, kind: "OUTCOME", text_en: "Matrix outcome" })),
  onFreshMeeting("meeting.outcome.remove", removeOutcomeAction, (m) => ({ ...ref(m), itemId: m.outcomes[0].id })),
  onFreshMeeting("meeting.outcome.move", moveOutcomeAction, (m) => ({ ...ref(m), itemId: m.outcomes[1].id, direction: "up" })),
  onFreshMeeting("meeting.related.add", linkMeetingAction, async (m) => {
    const target = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 }, select: { id: true } });
    return { ...ref(m), targetId: target.id, kind: "FOLLOW_UP" };
  }),
  {
    name: "meeting.related.remove",
    action: unlinkMeetingAction,
    allowed: europeContent,
    prepare: async () => {
      const meeting = await createEuropeMeeting();
      const target = await prisma.meeting.findUniqueOrThrow({ where: { slug: SEED_SLUGS.bishkek2021 }, select: { id: true } });
      await prisma.meetingRelation.create({ data: { fromMeetingId: meeting.id, toMeetingId: target.id, kind: "RELATED" } });
      return { formData: toFormData({ ...ref(meeting), targetId: target.id }), snapshot: () => meetingSnapshot(meeting.id) };
    },
  },
];
