// The Sixth Informal Meeting of the ROCBs, RTCs and Vice-Chairs' offices
// (Brussels, 9–10 May 2011), English only, held back-to-back with two WCO
// committee meetings the same month.
import { SEED_SLUGS } from "../keys";
import type { AttendeeSeed, MeetingSeed } from "./types";

export const capacityBuildingCommittee2011: MeetingSeed = {
  slug: SEED_SLUGS.capacityBuildingCommittee2011,
  kind: "COMMITTEE",
  status: "PUBLISHED",
  series: { slug: "capacity-building-committee", number: 2 },
  schedule: { starts: "2011-05-11T09:30", ends: "2011-05-13T13:00" },
  timeZone: "Europe/Brussels",
  format: "IN_PERSON",
  city: "Brussels",
  countryCode: "BE",
  publishedAt: "2011-04-15T08:00:00Z",
  t: {
    en: {
      title: "2nd Session of the Capacity Building Committee",
      summary:
        "The WCO committee that steers capacity building met at the Secretariat, right after the informal meeting of the regional structures.",
      body: "Members, regional structures and partners reviewed the WCO capacity-building strategy and the lessons of the past year.\n\nThe agenda included:\n\n- the follow-up of the strategy and its delivery in the regions;\n- people development and leadership programmes;\n- cooperation with donors and development partners.",
      venue: "WCO headquarters",
    },
    fr: {
      title: "2e session du Comité du renforcement des capacités",
      summary:
        "Le comité de l’OMD qui oriente le renforcement des capacités s’est réuni au Secrétariat, juste après la réunion informelle des structures régionales.",
      body: "Les Membres, les structures régionales et les partenaires ont fait le point sur la stratégie de renforcement des capacités de l’OMD et sur les enseignements de l’année écoulée.\n\nL’ordre du jour comprenait :\n\n- le suivi de la stratégie et sa mise en œuvre dans les régions ;\n- le développement des ressources humaines et les programmes de leadership ;\n- la coopération avec les donateurs et les partenaires au développement.",
      venue: "Siège de l’OMD",
    },
  },
};

export const integritySubCommittee2011: MeetingSeed = {
  slug: SEED_SLUGS.integritySubCommittee2011,
  kind: "COMMITTEE",
  status: "PUBLISHED",
  series: { slug: "integrity-sub-committee", number: 10 },
  schedule: { starts: "2011-05-13T14:30", ends: "2011-05-13T18:00" },
  timeZone: "Europe/Brussels",
  format: "IN_PERSON",
  city: "Brussels",
  countryCode: "BE",
  publishedAt: "2011-04-15T08:00:00Z",
  t: {
    en: {
      title: "10th Session of the Integrity Sub-Committee",
      summary: "Administrations shared their experience of fighting corruption and promoting ethics in customs.",
      body: "The Sub-Committee looked at how administrations put the WCO integrity instruments into practice.\n\nDiscussions covered:\n\n- self-assessment of integrity risks;\n- codes of conduct and their enforcement;\n- the role of training centres in teaching ethics.",
      venue: "WCO headquarters",
    },
    fr: {
      title: "10e session du Sous-Comité sur l’éthique",
      summary:
        "Les administrations ont partagé leur expérience de la lutte contre la corruption et de la promotion de l’éthique en douane.",
      body: "Le Sous-Comité a examiné la manière dont les administrations appliquent les instruments de l’OMD en matière d’éthique.\n\nLes échanges ont porté sur :\n\n- l’auto-évaluation des risques en matière d’intégrité ;\n- les codes de conduite et leur application ;\n- le rôle des centres de formation dans l’enseignement de l’éthique.",
      venue: "Siège de l’OMD",
    },
  },
};

const body = `More than 30 representatives of the Regional Offices for Capacity Building, the Regional Training Centres and the Vice-Chairs' offices met at the WCO Secretariat in Brussels on 9 and 10 May 2011. The meeting was timed to run back-to-back with the 2nd session of the Capacity Building Committee and the 10th session of the Integrity Sub-Committee, so that many participants could attend all three.

Informal by design, the meeting left room for the structures to compare practice and to raise problems openly. The discussions turned to:

- engaging donors and mobilizing resources for regional programmes;
- sharing knowledge between the structures and across regions;
- developing human resources and offering customs officers a real career path;
- using CLiKC!, the WCO learning portal, to coordinate regional training;
- measuring the performance of the regional structures;
- the Project Map of the Americas and Caribbean region as a way to see who is doing what.

The participants agreed to meet again for a seventh informal meeting just before the 3rd session of the Capacity Building Committee in February 2012.`;

const participants: AttendeeSeed[] = [
  "rocb-asia-pacific",
  "rocb-east-southern-africa",
  "rocb-americas-caribbean",
  "rocb-west-central-africa",
  "rocb-mena",
  "rtc-budapest",
  "rtc-moscow",
  "rtc-japan",
  "rtc-china",
  "rtc-kenya",
  "rtc-south-africa",
  "rtc-burkina-faso",
  "rtc-brazil",
  "rtc-dominican-republic",
  "rtc-egypt",
].map((structure) => ({ role: "PARTICIPANT" as const, structure }));

export const brussels2011: MeetingSeed = {
  slug: SEED_SLUGS.brussels2011,
  kind: "GLOBAL_INFORMAL_MEETING",
  status: "PUBLISHED",
  series: { slug: SEED_SLUGS.seriesInformal, number: 6 },
  schedule: { starts: "2011-05-09T09:30", ends: "2011-05-10T17:30" },
  timeZone: "Europe/Brussels",
  format: "IN_PERSON",
  city: "Brussels",
  countryCode: "BE",
  publishedAt: "2011-05-12T09:00:00Z",
  t: {
    en: {
      title: "Sixth Informal Meeting of the ROCBs, RTCs and Vice-Chairs' offices",
      summary:
        "Over 30 representatives of the regional structures met in Brussels, back-to-back with two WCO committees, to discuss donors, knowledge management, careers, training coordination and performance measurement.",
      body,
      venue: "WCO headquarters",
    },
  },
  agenda: [
    { at: "2011-05-09T09:30", t: { en: { title: "Opening by the WCO Secretariat" } } },
    { at: "2011-05-09T10:30", t: { en: { title: "Donor engagement and resource mobilization" } } },
    { at: "2011-05-09T14:00", t: { en: { title: "Knowledge management across the regional structures" } } },
    { at: "2011-05-09T16:00", t: { en: { title: "Human resource development and a career path for customs" } } },
    {
      at: "2011-05-10T09:30",
      t: {
        en: {
          title: "CLiKC! as a regional training coordination tool",
          description: "How the WCO learning portal can show what each centre offers and who has been trained.",
        },
      },
    },
    { at: "2011-05-10T11:00", t: { en: { title: "Performance measurement of the regional structures" } } },
    {
      at: "2011-05-10T14:00",
      t: {
        en: {
          title: "The Project Map of the Americas and Caribbean region",
          description: "Presented by the regional office of the Americas.",
        },
      },
    },
    { at: "2011-05-10T16:30", t: { en: { title: "Next meeting and closing" } } },
  ],
  outcomes: [
    {
      kind: "DECISION",
      t: {
        en: "The seventh informal meeting will be held just before the 3rd session of the Capacity Building Committee, in February 2012.",
      },
    },
    {
      kind: "OUTCOME",
      t: {
        en: "More than 30 representatives of ROCBs, RTCs and Vice-Chairs' offices exchanged practice on donors, knowledge management, careers and performance measurement.",
      },
    },
    {
      kind: "OUTCOME",
      t: {
        en: "The Project Map of the Americas and Caribbean region was presented as an example other regions could follow.",
      },
    },
  ],
  attendees: [{ role: "ORGANIZER", organization: SEED_SLUGS.wcoSecretariat }, ...participants],
  relations: [
    { to: SEED_SLUGS.capacityBuildingCommittee2011, kind: "BACK_TO_BACK" },
    { to: SEED_SLUGS.integritySubCommittee2011, kind: "BACK_TO_BACK" },
  ],
  documents: [
    {
      title: "Conclusions of the Sixth Informal Meeting",
      language: "en",
      fileName: "conclusions-sixth-informal-meeting-2011",
      lines: [
        "Brussels, 9-10 May 2011",
        "",
        "The regional structures agreed to share their training calendars,",
        "to keep one list of their experts, and to report on their work",
        "with common indicators before the next informal meeting.",
      ],
    },
    {
      title: "Measuring the performance of the regional structures (presentation)",
      language: "en",
      fileName: "performance-measurement-presentation-2011",
      kind: "PRESENTATION",
      agendaItemAt: "2011-05-10T11:00",
      lines: [
        "Why measure: donors and members ask what the structures achieve.",
        "What to measure: courses held, officers trained, plans carried out.",
        "How: a short yearly form, the same for every structure.",
      ],
    },
    {
      title: "Summary record: draft not yet cleared by the participants",
      language: "en",
      fileName: "summary-record-draft-2011",
      staffOnly: true,
      lines: ["Draft for the participants' comments. Not for publication."],
    },
  ],
};
