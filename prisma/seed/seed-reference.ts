// Regions with their countries, topics, organizations and meeting series:
// the records everything else points to.
import { cityNames } from "./data/city-names";
import { organizations } from "./data/organizations";
import { regions } from "./data/regions";
import { series } from "./data/series";
import { topics } from "./data/topics";
import { perLocale, regionLookup, type SeedContext } from "./context";

export async function seedRegions(ctx: SeedContext): Promise<void> {
  const { prisma } = ctx;
  for (const region of regions) {
    if (await prisma.region.findUnique({ where: { code: region.code }, select: { id: true } })) continue;
    await prisma.region.create({
      data: {
        code: region.code,
        sortOrder: region.sortOrder,
        translations: { create: perLocale(region.t, (locale, text) => ({ locale, ...text })) },
      },
    });
    ctx.created("region");
  }

  // Countries are keyed by their ISO code; one that exists keeps its region.
  const regionIds = await regionLookup(ctx);
  const existing = new Set((await prisma.country.findMany({ select: { code: true } })).map((country) => country.code));
  for (const region of regions) {
    const regionId = regionIds.get(region.code, `countries of ${region.code}`);
    const missing = region.countries.filter((code) => !existing.has(code));
    if (missing.length === 0) continue;
    const { count } = await prisma.country.createMany({
      data: missing.map((code) => ({ code, regionId })),
      skipDuplicates: true,
    });
    ctx.created("country", count);
  }
}

export async function seedTopics(ctx: SeedContext): Promise<void> {
  for (const topic of topics) {
    if (await ctx.prisma.topic.findUnique({ where: { slug: topic.slug }, select: { id: true } })) continue;
    await ctx.prisma.topic.create({
      data: { slug: topic.slug, translations: { create: perLocale(topic.t, (locale, name) => ({ locale, name })) } },
    });
    ctx.created("topic");
  }
}

export async function seedOrganizations(ctx: SeedContext): Promise<void> {
  for (const organization of organizations) {
    if (await ctx.prisma.organization.findUnique({ where: { slug: organization.slug }, select: { id: true } }))
      continue;
    await ctx.prisma.organization.create({
      data: {
        slug: organization.slug,
        kind: organization.kind,
        countryCode: organization.countryCode ?? null,
        website: organization.website ?? "",
        translations: { create: perLocale(organization.t, (locale, name) => ({ locale, name })) },
      },
    });
    ctx.created("organization");
  }
}

export async function seedSeries(ctx: SeedContext): Promise<void> {
  const regionIds = await regionLookup(ctx);
  for (const item of series) {
    if (await ctx.prisma.meetingSeries.findUnique({ where: { slug: item.slug }, select: { id: true } })) continue;
    await ctx.prisma.meetingSeries.create({
      data: {
        slug: item.slug,
        kind: item.kind,
        regionId: item.region ? regionIds.get(item.region, `series ${item.slug}`) : null,
        translations: { create: perLocale(item.t, (locale, name) => ({ locale, name })) },
      },
    });
    ctx.created("meeting series");
  }
}

/** The gazetteer: a name already there (perhaps edited by staff) is kept. */
export async function seedCityNames(ctx: SeedContext): Promise<void> {
  const { count } = await ctx.prisma.cityName.createMany({
    data: cityNames.flatMap((place) =>
      Object.entries(place.t).map(([locale, name]) => ({
        countryCode: place.countryCode,
        city: place.city,
        locale: locale as "fr",
        name: name!,
      })),
    ),
    skipDuplicates: true,
  });
  if (count) ctx.created("city name", count);
}
