import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import type { AppLocale } from "@/i18n/routing";
import type { NewsTopicTag } from "@/lib/data/news/select-news";
import { buttonClass } from "@/components/ui/button";

type Option = { value: string; label: string };

function Select({
  id,
  name,
  label,
  allLabel,
  options,
  value,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  options: Option[];
  value?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        className="min-h-10 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** GET form: works without JavaScript, and a filtered list is a shareable URL. */
export async function NewsFilters({
  locale,
  regions,
  topics,
  region,
  topic,
}: {
  locale: AppLocale;
  regions: { code: string; name: string }[];
  topics: NewsTopicTag[];
  region?: string;
  topic?: string;
}) {
  const t = await getTranslations({ locale, namespace: "News" });
  const f = await getTranslations({ locale, namespace: "Filters" });
  return (
    <form
      method="get"
      action={`/${locale}/news`}
      aria-label={t("filtersLabel")}
      className="grid items-end gap-4 card sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto]"
    >
      <Select
        id="news-region"
        name="region"
        label={f("region")}
        allLabel={f("all")}
        value={region?.toLowerCase()}
        options={regions.map((r) => ({ value: r.code.toLowerCase(), label: r.name }))}
      />
      <Select
        id="news-topic"
        name="topic"
        label={t("topic")}
        allLabel={f("all")}
        value={topic}
        options={topics.map((tp) => ({ value: tp.slug, label: tp.name }))}
      />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-1">
        <button type="submit" className={buttonClass("primary", "md", "min-h-10")}>
          {f("apply")}
        </button>
        {region || topic ? (
          <Link href="/news" className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {f("reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
