import "server-only";
import type { Action, Scope } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/permissions";
import type { PublicationPlan } from "@/lib/content/publication";
import type { TranslationGap } from "@/lib/content/translation-gaps";
import { publicationSchema, type PublicationInput } from "@/lib/validation/meetings";
import { runAction } from "./run-action";

// The publishing panel's two steps, for meetings and news alike: "review"
// answers with the plan (what will be public, in which languages) and
// changes nothing; "confirm" applies that same choice.

export type PublicationResult =
  | {
      step: "review";
      plan: PublicationPlan;
      publishAt: Date | null;
      subscribers: number | null;
      gaps?: TranslationGap[];
    }
  | { step: "confirm"; plan: PublicationPlan; version: number; tags: string[] };

type Input = { actor: Actor } & Pick<PublicationInput, "id" | "change" | "locales">;

export function publicationStep(
  formData: FormData,
  entity: {
    action: Action;
    scopeOf: (id: string) => Promise<Scope | null>;
    /** The plan and how many subscribers it alerts; for meetings also the parts each language to be shown lacks. */
    review: (input: Input) => Promise<{
      plan: PublicationPlan;
      publishAt: Date | null;
      subscribers: number | null;
      gaps?: TranslationGap[];
    }>;
    apply: (input: Input & { version: number }) => Promise<{ plan: PublicationPlan; version: number; tags: string[] }>;
  },
) {
  return runAction(formData, {
    schema: publicationSchema,
    authorize: async (_actor, data) => ({ action: entity.action, scope: await entity.scopeOf(data.id) }),
    run: async (actor, { step, ...data }): Promise<PublicationResult> => {
      if (step === "review") return { step, ...(await entity.review({ actor, ...data })) };
      const applied = await entity.apply({ actor, ...data });
      return { step, plan: applied.plan, version: applied.version, tags: applied.tags };
    },
    tags: (result) => (result.step === "confirm" ? result.tags : []),
    refreshPage: (result) => result.step === "confirm",
  });
}
