// Stable values of the demo content that tests rely on. Changing one here
// changes the seed too: the data files import these constants.

export const DEMO_PASSWORD = "demo-password-2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@portal.test",
  staffEurope: "staff.europe@portal.test",
  rtcBishkek: "rtc.bishkek@portal.test",
} as const;

/** Attendee people of the Bishkek 2021 meeting. */
export const SEED_PEOPLE = {
  /** Consented to publication: the name may appear publicly. */
  publicAttendeeName: "Elvin Numunov",
  /** No consent: name, e-mail and phone must never appear publicly. */
  privateAttendeeName: "Nurlan Misalbekov",
  privateAttendeeEmail: "private.delegate@example.org",
  privateAttendeePhone: "+996 555 010 203",
} as const;

export const SEED_SLUGS = {
  // meetings
  bishkek2021: "11th-meeting-regional-structures-europe-2021",
  europe2022: "12th-meeting-regional-structures-europe-2022",
  europePlan2021: "europe-joint-action-plan-2021-2022",
  brussels2011: "sixth-informal-meeting-rocb-rtc-vice-chairs-2011",
  capacityBuildingCommittee2011: "second-capacity-building-committee-2011",
  integritySubCommittee2011: "tenth-integrity-sub-committee-2011",
  draftMeeting: "europe-rtc-action-plan-review-draft",
  upcomingWorkshopAsiaPacific: "asia-pacific-workshop-data-analytics-risk-management",
  upcomingVirtualAfrica: "africa-rtc-e-learning-virtual-exchange",
  // meeting series
  seriesEurope: "regional-structures-europe",
  seriesInformal: "informal-meeting-regional-structures",
  // structures
  rocbEurope: "rocb-europe",
  rocbAsiaPacific: "rocb-asia-pacific",
  rocbAmericas: "rocb-americas-caribbean",
  rtcBishkek: "rtc-bishkek",
  rtcBudapest: "rtc-budapest",
  rtcMoscow: "rtc-moscow",
  viceChairEurope: "vice-chair-eur",
  // organizations
  wcoSecretariat: "wco-secretariat",
  osceBishkek: "osce-programme-office-bishkek",
  // news
  bishkek2021News: "europe-regional-structures-meet-in-bishkek-2021",
  brussels2011News: "regional-structures-gather-in-brussels-2011",
  networkExplainedNews: "wco-regional-structures-network-explained",
  // private attendee data (listed here too, so one import serves the tests)
  privateAttendeeEmail: SEED_PEOPLE.privateAttendeeEmail,
  privateAttendeePhone: SEED_PEOPLE.privateAttendeePhone,
} as const;

// Also exported on their own, for tests that grep public output.
export const privateAttendeeEmail = SEED_PEOPLE.privateAttendeeEmail;
export const privateAttendeePhone = SEED_PEOPLE.privateAttendeePhone;
