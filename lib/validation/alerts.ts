import { z } from "zod";
import { locales } from "@/i18n/routing";

// The subscribe form (components/alerts/subscribe-form.tsx), posted to
// app/api/alerts/subscribe without JavaScript.

export const alertScopes = ["REGION", "SERIES", "STRUCTURE", "TOPIC"] as const;
export const alertContents = ["ALL", "NEWS", "MEETINGS", "PLANS"] as const;
export const alertFrequencies = ["IMMEDIATE", "DAILY", "WEEKLY"] as const;

export const subscribeSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "invalidEmail").pipe(z.email("invalidEmail")),
  scope: z.enum(alertScopes),
  // A region code, or a series', structure's or topic's slug.
  target: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,120}$/),
  content: z.enum(alertContents).catch("ALL"),
  frequency: z.enum(alertFrequencies).catch("IMMEDIATE"),
  language: z.enum(locales),
});

export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** An administrator's request about one subscriber (right of access and erasure): the address it concerns. */
export const subscriberRequestSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "required").max(254, "invalidEmail").pipe(z.email("invalidEmail")),
});

/** Erasure asks for the confirmation box to be ticked: nothing is erased by a slip. */
export const eraseSubscriberSchema = subscriberRequestSchema.extend({
  confirm: z.literal("yes", { message: "confirmErase" }),
});
