"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import type { AppLocale } from "@/i18n/routing";
import { createMeetingAction, updateMeetingAction } from "@/lib/actions/meetings";
import { meetingKinds } from "@/lib/validation/meeting-filters";
import { meetingFormats } from "@/lib/validation/meetings";
import { FormMessage, SelectField, TextField } from "@/components/ui/form-fields";
import type { TranslationState } from "./badges";
import type { FormValues } from "./form-values";
import { MeetingTexts } from "./meeting-texts";
import { CityNameFields } from "./city-name-fields";

export type MeetingFormChoices = {
  series: { id: string; name: string }[];
  structures: { id: string; name: string; regionCode: string }[];
  regions: { id: string; code: string; name: string }[];
  countries: { code: string; name: string }[];
  timeZones: string[];
  /** ROCB staff: the one region they work in; administrators choose. */
  regionFixed: { id: string; name: string } | null;
};

type Props = {
  choices: MeetingFormChoices;
  values: FormValues;
  previews: Record<AppLocale, string>;
  translationStates: Record<AppLocale, TranslationState>;
} & ({ mode: "create" } | { mode: "edit"; id: string; version: number });

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="card sm:p-6">
      <legend className="px-1 text-lg font-semibold text-brand-900">{legend}</legend>
      <div className="mt-2 grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * The meeting's details and texts. After an error every field keeps what the
 * user typed (defaults come from the echoed values); after a save the page is
 * refreshed and the fields show what was stored, with the new version.
 */
export function MeetingForm(props: Props) {
  const { choices, values, previews, translationStates } = props;
  const t = useTranslations("StaffMeetings");
  const kinds = useTranslations("Meeting");
  const forms = useTranslations("Forms");
  const router = useRouter();
  const [state, action, pending] = useActionState(props.mode === "create" ? createMeetingAction : updateMeetingAction, null);
  const message = useRef<HTMLDivElement>(null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const value = (name: string) => (failed?.values && name in failed.values ? String(failed.values[name] ?? "") : (values[name] ?? ""));

  useEffect(() => {
    if (!state) return;
    message.current?.scrollIntoView({ block: "center", behavior: "smooth" });
    const created = state.ok ? (state.data as { id?: string } | undefined) : undefined;
    if (props.mode === "create" && created?.id) router.replace(`/staff/meetings/${created.id}`);
  }, [state, props.mode, router]);

  const none = { value: "", label: t("none") };
  return (
    <form action={action} noValidate className="space-y-8">
      <div ref={message}>
        <FormMessage state={state} />
      </div>
      {props.mode === "edit" ? (
        <>
          <input type="hidden" name="id" value={props.id} />
          <input type="hidden" name="version" value={failed?.values?.version ? String(failed.values.version) : props.version} />
        </>
      ) : null}

      <Fieldset legend={t("fieldset.meeting")}>
        <SelectField name="kind" label={t("field.kind")} errors={errors.kind} defaultValue={value("kind")} options={meetingKinds.map((k) => ({ value: k, label: kinds(`kind.${k}`) }))} />
        <SelectField name="format" label={t("field.format")} errors={errors.format} defaultValue={value("format")} options={meetingFormats.map((f) => ({ value: f, label: kinds(`format.${f}`) }))} />
        <SelectField name="seriesId" label={t("field.series")} errors={errors.seriesId} defaultValue={value("seriesId")} options={[none, ...choices.series.map((s) => ({ value: s.id, label: s.name }))]} />
        <TextField name="number" type="number" min={1} max={9999} inputMode="numeric" label={t("field.number")} hint={t("hint.number")} errors={errors.number} defaultValue={value("number")} />
      </Fieldset>

      <Fieldset legend={t("fieldset.when")}>
        <TextField name="startDate" type="date" label={t("field.startDate")} errors={errors.startDate} defaultValue={value("startDate")} required />
        <TextField name="startTime" type="time" label={t("field.startTime")} errors={errors.startTime} defaultValue={value("startTime")} required />
        <TextField name="endDate" type="date" label={t("field.endDate")} errors={errors.endDate} defaultValue={value("endDate")} required />
        <TextField name="endTime" type="time" label={t("field.endTime")} errors={errors.endTime} defaultValue={value("endTime")} required />
        <SelectField
          name="timeZone"
          label={t("field.timeZone")}
          hint={t("hint.timeZone")}
          errors={errors.timeZone}
          defaultValue={value("timeZone")}
          options={choices.timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))}
        />
        <TextField name="publishAt" type="datetime-local" label={t("field.publishAt")} hint={t("hint.publishAt")} errors={errors.publishAt} defaultValue={value("publishAt")} />
      </Fieldset>

      <Fieldset legend={t("fieldset.where")}>
        <TextField name="city" label={t("field.city")} errors={errors.city} defaultValue={value("city")} autoComplete="off" />
        <CityNameFields value={value} errors={errors} />
        <SelectField name="countryCode" label={t("field.country")} errors={errors.countryCode} defaultValue={value("countryCode")} options={[none, ...choices.countries.map((c) => ({ value: c.code, label: c.name }))]} />
        {choices.regionFixed ? (
          <div>
            <input type="hidden" name="regionId" value={choices.regionFixed.id} />
            <p className="block text-sm font-medium text-slate-800">{t("field.region")}</p>
            <p className="mt-1 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-900">{choices.regionFixed.name}</p>
            <p className="mt-1 text-xs text-slate-600">{t("hint.regionFixed")}</p>
          </div>
        ) : (
          <SelectField
            name="regionId"
            label={t("field.region")}
            errors={errors.regionId}
            defaultValue={value("regionId")}
            options={[{ value: "", label: t("noRegion") }, ...choices.regions.map((r) => ({ value: r.id, label: r.name }))]}
          />
        )}
        <SelectField
          name="hostStructureId"
          label={t("field.host")}
          errors={errors.hostStructureId}
          defaultValue={value("hostStructureId")}
          options={[none, ...choices.structures.map((s) => ({ value: s.id, label: choices.regionFixed ? s.name : `${s.name} (${s.regionCode})` }))]}
        />
        <SelectField
          name="organizerStructureId"
          label={t("field.organizer")}
          errors={errors.organizerStructureId}
          defaultValue={value("organizerStructureId")}
          options={[none, ...choices.structures.map((s) => ({ value: s.id, label: choices.regionFixed ? s.name : `${s.name} (${s.regionCode})` }))]}
        />
        <TextField
          name="slug"
          label={t("field.slug")}
          hint={props.mode === "create" ? t("hint.slugNew") : t("hint.slugEdit")}
          errors={errors.slug}
          defaultValue={value("slug")}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
        />
      </Fieldset>

      <MeetingTexts
        mode={props.mode}
        value={value}
        errors={errors}
        previews={previews}
        translationStates={translationStates}
        errorsKey={state}
        pending={pending}
      />

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
        <button type="submit" name="intent" value="save" disabled={pending} className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
          {pending ? forms("saving") : props.mode === "create" ? t("createDraft") : t("saveAll")}
        </button>
        <p className="text-sm text-slate-700">{props.mode === "create" ? t("createHint") : t("saveHint")}</p>
      </div>
    </form>
  );
}
