// The fields of an activity every plan read needs: where it stands in the
// plan, who is responsible, its planned and actual period, its status.
export const activityCoreSelect = {
  id: true,
  position: true,
  responsibleStructureId: true,
  plannedStart: true,
  plannedEnd: true,
  actualStart: true,
  actualEnd: true,
  status: true,
} as const;
