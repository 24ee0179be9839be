// Regional structures with their translations and dated history.
import { structures } from "./data/structures";
import { perLocale, regionLookup, type SeedContext } from "./context";
import { dateOnly } from "./time";

export async function seedStructures(ctx: SeedContext): Promise<void> {
  const { prisma, now } = ctx;
  const regionIds = await regionLookup(ctx);
  for (const structure of structures) {
    if (await prisma.structure.findUnique({ where: { slug: structure.slug }, select: { id: true } })) continue;
    await prisma.structure.create({
      data: {
        slug: structure.slug,
        kind: structure.kind,
        status: structure.status ?? "ACTIVE",
        regionId: regionIds.get(structure.region, `structure ${structure.slug}`),
        countryCode: structure.countryCode,
        city: structure.city,
        establishedOn: structure.establishedOn ? dateOnly(structure.establishedOn) : null,
        address: structure.address,
        email: structure.email,
        phone: structure.phone,
        website: structure.website,
        headName: structure.headName,
        latitude: structure.latitude,
        longitude: structure.longitude,
        translations: {
          create: perLocale(structure.t, (locale, text) => ({
            locale,
            ...text,
            status: "PUBLISHED" as const,
            publishedAt: now,
          })),
        },
        history: {
          create: (structure.history ?? []).map((entry) => ({
            kind: entry.kind,
            startsOn: dateOnly(entry.startsOn),
            endsOn: entry.endsOn ? dateOnly(entry.endsOn) : null,
            countryCode: entry.countryCode ?? null,
            city: entry.city ?? null,
            translations: { create: perLocale(entry.t, (locale, summary) => ({ locale, summary })) },
          })),
        },
      },
    });
    ctx.created("structure");
  }
}
