// One demo account per role. All share DEMO_PASSWORD; names are fictional.
import { DEMO_ACCOUNTS, SEED_SLUGS } from "../keys";
import type { UserSeed } from "./types";

export const users: UserSeed[] = [
  { email: DEMO_ACCOUNTS.admin, name: "Morgan Example", role: "ADMIN", preferredLocale: "en" },
  {
    email: DEMO_ACCOUNTS.staffEurope,
    name: "Claire Exemple",
    role: "ROCB_STAFF",
    structure: SEED_SLUGS.rocbEurope,
    preferredLocale: "en",
  },
  {
    email: DEMO_ACCOUNTS.rtcBishkek,
    name: "Aida Misalova",
    role: "RTC_REP",
    structure: SEED_SLUGS.rtcBishkek,
    preferredLocale: "ru",
  },
];
