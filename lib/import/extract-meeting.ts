// From narrative to structure: reads one news item and proposes the meeting
// it reports, each value with the sentence it came from. Pure functions over
// the text and the directory (structures, organizations, the gazetteer): no
// database, no network, no model.
import { countryNamesToMatch } from "@/lib/content/format";
import { findDateRange } from "./dates";
import { detectLanguage, escapeRegExp, fold, normalizeText, splitSentences } from "./text";
import type {
  ImportDirectory,
  ImportItem,
  ImportLocale,
  MeetingKindProposal,
  MeetingProposal,
  OrgProposal,
  Proposal,
} from "./types";

const MEETING_NOUN = words(
  /\b(meeting|videoconference|conference|workshop|seminar|training|forum|session|committee|réunion|conférence|atelier|séminaire|formation|comité|reunión|conferencia|taller|seminario|capacitación|formación|comité|course|curso)\b|(совещани|встреч|заседани|конференци|семинар|тренинг|форум|обучени|комитет|(?<![\p{L}])курс)|(اجتماع|مؤتمر|ورشة|ندوة|دورة تدريبية|تدريب|لجنة|منتدى)/iu,
);
const HELD = words(
  /\b(was held|were held|took place|held|met|convened|hosted|organi[sz]ed|gathered|s'est tenue?|se sont tenus|a eu lieu|s'est déroulée?|a réuni|se tiendra|se celebró|tuvo lugar|se llevó a cabo|reunió|se realizó|delivered|conducted|organised|a organisé|ont organisé|a accueilli|a dispensé|organizó|impartió|dictó|celebró|realizó)\b|(состоял|прошл|проходил|провед|провёл|провел|прошёл|прошел|организова|собрал)|(عقد|عُقد|انعقد|نظم|نظّم|استضاف|جرى)/iu,
);

/** `\b` as a letter boundary in every script (JavaScript's `\b` knows only ASCII letters). */
function words(re: RegExp): RegExp {
  const source = re.source
    .replace(/\\b(?=[(\p{L}])/gu, "(?<![\\p{L}\\p{N}])")
    .replace(/(?<=[)\p{L}?])\\b/gu, "(?![\\p{L}\\p{N}])");
  return new RegExp(source, re.flags.includes("u") ? re.flags : `${re.flags}u`);
}

type Field = keyof MeetingProposal | "isMeetingReport" | "people";

/** Proposes the meeting an item reports, with evidence. */
export function extractMeeting(item: ImportItem, directory: ImportDirectory): Proposal {
  const text = normalizeText(`${item.title}.\n\n${item.body}`);
  const language: ImportLocale = item.language ?? detectLanguage(text);
  const sentences = splitSentences(readableText(item));
  const evidence: Record<string, string> = {};
  const note = (field: Field, sentence: string | undefined) => {
    if (sentence && !evidence[field]) evidence[field] = sentence;
  };
  const fallbackYear = item.publishedOn ? +item.publishedOn.slice(0, 4) : null;

  // The sentence that says a meeting was held: the anchor of most fields.
  const heldIndex = sentences.findIndex((s) => MEETING_NOUN.test(s) && HELD.test(s));
  const titleIsMeeting = MEETING_NOUN.test(item.title);
  const anchors = orderedFrom(sentences, heldIndex);

  let dates: { start: string; end: string } | null = null;
  for (const sentence of anchors) {
    // Skip the publication line some sites put first ("Published on 3 May 2021").
    if (/\b(published|posted|publié|publicado)\b|(опубликовано)|(نشر)/iu.test(sentence) && sentence.length < 80)
      continue;
    const found = findDateRange(sentence, language, fallbackYear);
    if (found && (MEETING_NOUN.test(sentence) || HELD.test(sentence) || sentence === anchors[0])) {
      dates = found;
      note("startDate", sentence);
      note("endDate", sentence);
      break;
    }
  }

  const isMeetingReport = (heldIndex >= 0 || titleIsMeeting) && (dates !== null || heldIndex >= 0);
  note("isMeetingReport", heldIndex >= 0 ? sentences[heldIndex] : item.title);
  const people = extractPeople(sentences, note);
  const about = { source: item.source, title: item.title, language, publishedOn: item.publishedOn, isMeetingReport };
  if (!isMeetingReport) {
    return {
      ...about,
      meeting: null,
      people,
      evidence,
    };
  }

  const kindFound = findKind(anchors);
  note("kind", kindFound.sentence);
  const seriesFound = findSeriesNumber(anchors);
  note("seriesNumber", seriesFound.sentence);
  let place = findCity(anchors, directory);
  const formatFound = findFormat(sentences, heldIndex, place?.sentence);
  // A meeting held online has no city, unless the sentence that reports it says so and names one.
  if (
    formatFound.format === "VIRTUAL" &&
    place &&
    (place.sentence !== sentences[heldIndex] || formatFound.sentence !== place.sentence)
  )
    place = null;
  note("city", place?.sentence);
  note("country", place?.sentence);

  const organizers = rolePhrases(sentences, ORGANIZER, directory, note, "organizers");
  const hosts = rolePhrases(sentences, HOST, directory, note, "hosts");
  const partners = rolePhrases(sentences, PARTNER, directory, note, "partners");
  const participants = rolePhrases(sentences, PARTICIPANT, directory, note, "participants", true);

  let format = formatFound.format;
  if (format) note("format", formatFound.sentence);
  else if (place) {
    format = "IN_PERSON";
    note("format", place.sentence);
  }

  const region = findRegion(anchors, directory, place?.countryCode ?? null, [...organizers, ...hosts]);
  note("region", region?.sentence);

  const backToBack: string[] = [];
  for (const sentence of sentences) {
    const m = sentence.match(BACK_TO_BACK);
    if (!m) continue;
    const phrase = cleanPhrase(sentence.slice((m.index ?? 0) + m[0].length).split(/[,،;]/)[0]);
    if (phrase) {
      backToBack.push(phrase);
      note("backToBack", sentence);
    }
  }
  const decisions = sentences.filter((s) => DECISION.test(s));
  note("decisions", decisions[0]);

  const meeting: MeetingProposal = {
    kind: kindFound.kind,
    seriesNumber: seriesFound.number,
    startDate: dates?.start ?? null,
    endDate: dates?.end ?? null,
    format,
    city: place?.city ?? null,
    country: place?.countryCode ?? null,
    region: (region?.code as MeetingProposal["region"]) ?? null,
    organizers,
    hosts,
    partners,
    participants,
    backToBack,
    decisions,
  };
  return { ...about, meeting, people, evidence };
}

/** The item's text as the extractor reads it (title, then body, without Markdown): its evidence sentences are in it. */
export function readableText(item: Pick<ImportItem, "title" | "body">): string {
  return stripMarkdown(normalizeText(`${item.title}.\n\n${item.body}`));
}

function stripMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+(.*)$/gm, "$1.")
    .replace(/[*_`]{1,3}/g, "");
}

function orderedFrom<T>(list: T[], index: number): T[] {
  if (index < 0) return list;
  return [list[index], ...list.slice(0, index), ...list.slice(index + 1)];
}

// ---- kind and number -------------------------------------------------------

const KINDS: [MeetingKindProposal, RegExp][] = [
  [
    "GLOBAL_INFORMAL_MEETING",
    /(informal (\S+ )?meeting|réunion (\S+ )?informelle|reunión (\S+ )?informal|неформальн\S* (\S+ )?(совещани|встреч)|غير الرسمي|غير رسمي)/iu,
  ],
  [
    "REGIONAL_STRUCTURES_MEETING",
    /(meeting of (the )?(\S+ ){0,3}regional structures|réunion (\S+ ){0,2}des structures régionales|reunión (\S+ ){0,2}de (las )?estructuras regionales|اجتماع\S*\s+(\S+\s+){0,3}(لل|ل)?هياكل الإقليمية|regional structures meeting|réunion des structures régionales|reunión de (las )?estructuras regionales|совещани\S* региональных структур|встреч\S* региональных структур|اجتماع الهياكل الإقليمية|اجتماع الهياكل الاقليمية)/iu,
  ],
  ["COMMITTEE", words(/\b(committee|comité)\b|комитет|لجنة|للجنة/iu)],
  ["WORKSHOP", words(/\b(workshop|seminar|atelier|séminaire|taller|seminario)\b|семинар|ورشة|ندوة/iu)],
  [
    "TRAINING",
    words(/\b(training|formation|capacitación|formación|course)\b|тренинг|обучени|курс|دورة تدريبية|تدريب/iu),
  ],
];

const GENERIC_MEETING = words(
  /\b(meeting|réunion|reunión|conference|conférence|conferencia|forum)\b|(совещани|встреч|заседани|конференци)|(اجتماع|مؤتمر)/iu,
);

function findKind(sentences: string[]): { kind: MeetingKindProposal; sentence?: string } {
  // The named series first, then committees (a committee's meeting is a committee),
  // then the noun written first: "a meeting on e-learning" is a meeting, not a training.
  for (const sentence of sentences.slice(0, 3)) {
    for (const [kind, re] of KINDS.slice(0, 3)) if (re.test(sentence)) return { kind, sentence };
    let best: { kind: MeetingKindProposal; at: number } | null = null;
    for (const [kind, re] of [...KINDS.slice(3), ["OTHER", GENERIC_MEETING] as [MeetingKindProposal, RegExp]]) {
      const at = sentence.search(re);
      if (at >= 0 && (!best || at < best.at)) best = { kind, at };
    }
    if (best) return { kind: best.kind, sentence };
  }
  return { kind: "OTHER" };
}

const ORDINAL_WORDS: Record<string, number> = {};
function ordinals(words: string[]) {
  words.forEach((w, i) => {
    for (const word of w.split("|")) ORDINAL_WORDS[word] = i + 1;
  });
}
ordinals([
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
]);
ordinals([
  "première|premier",
  "deuxième|seconde|second",
  "troisième",
  "quatrième",
  "cinquième",
  "sixième",
  "septième",
  "huitième",
  "neuvième",
  "dixième",
  "onzième",
  "douzième",
  "treizième",
  "quatorzième",
  "quinzième",
  "seizième",
  "dix-septième",
  "dix-huitième",
  "dix-neuvième",
  "vingtième",
]);
ordinals([
  "primera|primer|primero",
  "segunda|segundo",
  "tercera|tercer|tercero",
  "cuarta|cuarto",
  "quinta|quinto",
  "sexta|sexto",
  "séptima|septima|séptimo|septimo",
  "octava|octavo",
  "novena|noveno",
  "décima|decima|décimo|decimo",
  "undécima|undecima|decimoprimera|undécimo",
  "duodécima|duodecima|decimosegunda|duodécimo",
  "decimotercera|decimotercero",
  "decimocuarta|decimocuarto",
  "decimoquinta|decimoquinto",
]);
ordinals([
  "перв",
  "втор",
  "трет",
  "четверт",
  "пят",
  "шест",
  "седьм",
  "восьм",
  "девят",
  "десят",
  "одиннадцат",
  "двенадцат",
  "тринадцат",
  "четырнадцат",
  "пятнадцат",
  "шестнадцат",
  "семнадцат",
  "восемнадцат",
  "девятнадцат",
  "двадцат",
]);
ordinals([
  "الأول|الاول|الأولى|الاولى",
  "الثاني|الثانية",
  "الثالث|الثالثة",
  "الرابع|الرابعة",
  "الخامس|الخامسة",
  "السادس|السادسة",
  "السابع|السابعة",
  "الثامن|الثامنة",
  "التاسع|التاسعة",
  "العاشر|العاشرة",
  "الحادي عشر|الحادية عشرة",
  "الثاني عشر|الثانية عشرة",
  "الثالث عشر|الثالثة عشرة",
  "الرابع عشر|الرابعة عشرة",
  "الخامس عشر|الخامسة عشرة",
]);
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function roman(text: string): number | null {
  if (!/^[IVXL]+$/.test(text)) return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total || null;
}

const MEETING_WORD =
  "(?:informal\\s+|annual\\s+|regional\\s+|joint\\s+|global\\s+)?(?:meeting|conference|session|workshop|forum|réunion|conférence|session|reunión|conferencia|sesión|совещани\\S*|встреч\\S*|заседани\\S*|конференци\\S*|сесси\\S*|committee|comité|комитет\\S*)";
const NUMBER_BEFORE = new RegExp(
  `(?:^|[\\s«"(])(\\d{1,2})(?:\\.?(?:st|nd|rd|th|e|ème|eme|er|re|ª|ᵃ|a|º|o|-?[яйеог]{1,2})\\s+(?:\\p{L}+\\s+){0,2}?|\\s+)${MEETING_WORD}`,
  "iu",
);
const ROMAN_BEFORE = new RegExp(`(?:^|\\s)([IVXL]{1,6})\\s+(?:\\p{L}+\\s+){0,2}?${MEETING_WORD}`, "iu");
// Each word in turn (a lookahead, so that "The Third Meeting" tries "Third" after "The").
const WORD_BEFORE = new RegExp(`(?<=^|[\\s«"(])([\\p{L}-]+)(?=\\s+(?:\\p{L}+\\s+){0,2}?${MEETING_WORD})`, "giu");
const ARABIC_AFTER =
  /(?:الاجتماع|اجتماع|المؤتمر|الدورة)\s+(?:\S+\s+){0,1}?(الحادي عشر|الحادية عشرة|الثاني عشر|الثانية عشرة|الثالث عشر|الثالثة عشرة|الرابع عشر|الرابعة عشرة|الخامس عشر|الخامسة عشرة|\S+)/u;

function findSeriesNumber(sentences: string[]): { number: number | null; sentence?: string } {
  for (const sentence of sentences.slice(0, 8)) {
    const digits = sentence.match(NUMBER_BEFORE);
    if (digits && +digits[1] > 0 && +digits[1] < 100) return { number: +digits[1], sentence };
    const r = sentence.match(ROMAN_BEFORE);
    if (r && roman(r[1])) return { number: roman(r[1]), sentence };
    for (const m of sentence.matchAll(WORD_BEFORE)) {
      const word = m[1].toLowerCase();
      if (ORDINAL_WORDS[word]) return { number: ORDINAL_WORDS[word], sentence };
      const stem = Object.keys(ORDINAL_WORDS).find(
        (k) => /^[а-я]+$/.test(k) && word.startsWith(k) && word.length - k.length <= 3,
      );
      if (stem) return { number: ORDINAL_WORDS[stem], sentence };
    }
    const ar = sentence.match(ARABIC_AFTER);
    if (ar && ORDINAL_WORDS[ar[1]]) return { number: ORDINAL_WORDS[ar[1]], sentence };
  }
  return { number: null };
}

// ---- format -----------------------------------------------------------------

const HYBRID = words(/\b(hybrid|hybride|híbrido|híbrida|in person and (online|virtually))\b|гибридн|هجين/iu);
const VIRTUAL = words(
  /\b(virtual(ly)?|online|videoconference|video conference|video-conference|by video|webinar|en ligne|virtuel(le)?|visioconférence|en línea|videoconferencia|virtual)\b|(онлайн|видеоконференц|дистанционн|в режиме видео)|(افتراضي|عن بعد|عبر الفيديو|الاتصال المرئي)/iu,
);
const IN_PERSON = words(
  /\b(in person|in-person|face-to-face|physical|en présentiel|présentiel|presencial)\b|(очн)|(حضوري)/iu,
);
const PAST_CONTEXT = words(/\b(after|since|following|after a long|après|desde|tras)\b|(после)|(بعد)/iu);

function findFormat(
  sentences: string[],
  heldIndex: number,
  placeSentence: string | undefined,
): { format: MeetingProposal["format"]; sentence?: string } {
  // Decisions speak of the future ("to hold online seminars"): not the meeting's format.
  const order = orderedFrom(sentences, heldIndex).filter((s) => !DECISION.test(s));
  for (const sentence of order) if (HYBRID.test(sentence)) return { format: "HYBRID", sentence };
  const held = sentences[heldIndex];
  if (held) {
    if (IN_PERSON.test(held)) return { format: "IN_PERSON", sentence: held };
    if (VIRTUAL.test(held)) return { format: "VIRTUAL", sentence: held };
  }
  for (const sentence of order) {
    if (IN_PERSON.test(sentence)) return { format: "IN_PERSON", sentence };
    if (VIRTUAL.test(sentence) && MEETING_NOUN.test(sentence)) {
      // "the first physical meeting after mostly virtual events" is not a virtual meeting.
      const at = sentence.search(VIRTUAL);
      if (PAST_CONTEXT.test(sentence.slice(0, at))) continue;
      return { format: "VIRTUAL", sentence };
    }
  }
  // A place in the sentence that reports the meeting, and nothing said of an online one: in person.
  if (held && placeSentence === held) return { format: "IN_PERSON", sentence: held };
  return { format: null };
}

// ---- places -------------------------------------------------------------------

type Matcher = { re: RegExp; length: number };
const matcherCache = new WeakMap<object, Map<string, Matcher>>();

/** A name as a pattern: any case, with or without accents, with Russian endings. */
function nameMatcher(owner: object, name: string): Matcher {
  let cache = matcherCache.get(owner);
  if (!cache) matcherCache.set(owner, (cache = new Map()));
  const hit = cache.get(name);
  if (hit) return hit;
  const folded = fold(name);
  // Cyrillic words decline: Бишкек, Бишкеке, Москве; Региональный, Регионального.
  const source = folded
    .split(/\s+/)
    .map((word) =>
      /^[а-я-]{4,}$/.test(word)
        ? `${escapeRegExp(word.replace(/[аяеоийыуью]{1,2}$/, ""))}[а-я]{0,3}`
        : escapeRegExp(word),
    )
    .join("\\s+");
  const matcher = { re: new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "u"), length: name.length };
  cache.set(name, matcher);
  return matcher;
}

function findCity(sentences: string[], directory: ImportDirectory) {
  for (const sentence of sentences) {
    const folded = fold(sentence);
    let best: { city: string; countryCode: string; at: number } | null = null;
    for (const city of directory.cities) {
      for (const name of city.names) {
        if (name.length < 3) continue;
        const m = folded.match(nameMatcher(city, name).re);
        if (m && (!best || (m.index ?? 0) < best.at))
          best = { city: city.city, countryCode: city.countryCode, at: m.index ?? 0 };
      }
    }
    if (best) return { city: best.city, countryCode: best.countryCode, sentence };
  }
  return null;
}

const REGION_NAMES: [string, RegExp][] = [
  [
    "EUR",
    /\b(europe(an)? region|région europe|región (de )?europa)\b|европейского региона|регион\S* европа|منطقة أوروبا/iu,
  ],
  ["AP", /\b(asia[/ -]?pacific|asie[/ -]?pacifique|asia[/ -]?pacífico)\b|азиатско-тихоокеанск|آسيا والمحيط الهادئ/iu],
  [
    "AMS",
    /\b(americas and (the )?caribbean|amériques et (les )?caraïbes|américas y (el )?caribe)\b|америк|الأمريكتين/iu,
  ],
  [
    "ESA",
    /\b(east(ern)? and southern africa|afrique orientale et australe|áfrica oriental y austral)\b|восточной и южной африки|شرق وجنوب أفريقيا/iu,
  ],
  [
    "WCA",
    /\b(west(ern)? and central africa|afrique occidentale et centrale|áfrica occidental y central)\b|западной и центральной африки|غرب ووسط أفريقيا/iu,
  ],
  [
    "MENA",
    /\b(mena|north of africa, near and middle east|afrique du nord, proche et moyen-orient)\b|ближнего и среднего востока|شمال أفريقيا والشرق الأدنى والأوسط/iu,
  ],
];

function findRegion(sentences: string[], directory: ImportDirectory, countryCode: string | null, orgs: OrgProposal[]) {
  for (const sentence of sentences.slice(0, 6)) {
    for (const [code, re] of REGION_NAMES) if (re.test(sentence)) return { code, sentence };
  }
  for (const org of orgs) {
    const structure = org.structure && directory.structures.find((s) => s.slug === org.structure);
    if (structure) return { code: structure.regionCode, sentence: undefined };
  }
  if (countryCode && directory.countryRegions[countryCode])
    return { code: directory.countryRegions[countryCode], sentence: undefined };
  return null;
}

// ---- organizations ----------------------------------------------------------------

const ORGANIZER = words(
  /\b(organi[sz]ed the|organi[sz]ed this|organi[sz]ed an?|convened an?|organi[sz]ed by|organi[sz]ed jointly by|convened by|convened the|organisée? par|organisé conjointement par|organizad[ao] por|convocad[ao] por|a organisé|ont organisé|a tenu|organizó|impartió|dictó)\b|(организован\S*|организовал\S*|организатор\S* (выступил\S*|стал\S*)?|провёл|провел)|(نظمه|نظمها|نظّمه|نظّمها|بتنظيم من|من تنظيم|(?<![\p{L}])و?نظّ?مت?(?![\p{L}])|(?<![\p{L}])و?عقدت(?![\p{L}]))/iu,
);
const HOST = words(
  /\b(hosted by|at the invitation of|hosted at|accueillie? par|à l'invitation de|organisée? dans les locaux de|acogid[ao] por|albergad[ao] por|auspiciad[ao] por|a invitación de|como anfitri(ón|ona|ones|onas)( al?)?|a accueilli|acogió)\b|(на базе|принимающей стороной( (выступил\S*|стал\S*)|\s*[—–:-])?|по приглашению)|(استضافه|استضافها|باستضافة|بدعوة من|(?<![\p{L}])و?استضافت?(?![\p{L}]))/iu,
);
const PARTNER = words(
  /\b((with )?(the )?(financial )?support (of|from)|(with )?(the )?(financial )?assistance (of|from)|bénéficié du soutien d[eu']?|du soutien financier d[eu']?|avec le soutien financier d[eu']?|supported by|funded by|financed by|sponsored by|in cooperation with|in partnership with|in collaboration with|avec le soutien d[eu']?|avec l'appui d[eu']?|en coopération avec|en partenariat avec|financée? par|con el apoyo de|con el apoyo del|en cooperación con|financiad[ao] por)\b|(при поддержке|при содействии|при финансовой поддержке|в сотрудничестве с)|(بدعم من|بتمويل من|بالتعاون مع)/iu,
);
const PARTICIPANT = words(
  /\b(attended by|participants included|participants from|representatives of|représentants d[eu']?|representantes de|brought together|gathered|ont participé|ont pris part|a réuni|ont assisté|participaron|asistieron|reunió a|con la participación de)\b|(приняли участие|участие приняли|приняли участие представители|собрал\S*|в работе совещания участвовали|участвовали)|(شارك|بمشاركة|حضره|حضرها)/iu,
);

// Active verbs: the organization is written before them ("ROCB Europe organized the…", «Центр провёл…»).
const NAME_BEFORE =
  /(\s(the|this|an?)|a organisé|ont organisé|a tenu|organizó|impartió|dictó|a accueilli|acogió|провёл|провел|организовал\S*)$/iu;

function cleanPhrase(text: string): string {
  return text
    .replace(/^[\s:,-]+/, "")
    .replace(/[.;]\s*$/, "")
    .trim()
    .slice(0, 200);
}

function rolePhrases(
  sentences: string[],
  trigger: RegExp,
  directory: ImportDirectory,
  note: (field: Field, sentence: string | undefined) => void,
  field: Field,
  afterOrBefore = false,
): OrgProposal[] {
  const found: OrgProposal[] = [];
  for (const sentence of sentences) {
    const m = sentence.match(trigger);
    if (!m) continue;
    let phrase = sentence.slice((m.index ?? 0) + m[0].length);
    // The phrase ends where the next role starts.
    for (const other of [ORGANIZER, HOST, PARTNER, PARTICIPANT]) {
      if (other === trigger) continue;
      const next = phrase.search(other);
      if (next > 0) phrase = phrase.slice(0, next);
    }
    if (afterOrBefore && phrase.replace(/[^\p{L}]/gu, "").length < 4) phrase = sentence.slice(0, m.index ?? 0);
    let orgs = [...centresByCountry(phrase, directory), ...matchOrganizations(phrase, directory)];
    // "The WCO Secretariat organized the event": the name comes before.
    if (orgs.length === 0 && NAME_BEFORE.test(m[0])) {
      orgs = matchOrganizations(sentence.slice(0, m.index ?? 0), directory);
    }
    if (orgs.length === 0 && field !== "participants") {
      // The name alone: no article, and in Arabic neither the meeting before it nor the place after it.
      const written = cleanPhrase(phrase.split(/,| and | et | y | и |،| و| في | يوم| خلال/u)[0])
        .replace(/^(the|la|le|les|l'|el|los|las)\s+/iu, "")
        .replace(/^(الاجتماع|الاجتماعات|الدورة|الورشة|الندوة|المؤتمر)\s+/u, "");
      // Only a name: it starts with a capital ("customs officers" is not an organization).
      if (written.length >= 3 && !/^\p{Ll}/u.test(written))
        orgs.push({ name: written, structure: null, organization: null });
    }
    for (const org of orgs)
      if (
        !found.some(
          (f) =>
            f.name === org.name ||
            (f.structure && f.structure === org.structure) ||
            (f.organization && f.organization === org.organization),
        )
      )
        found.push(org);
    if (orgs.length) note(field, sentence);
  }
  return found;
}

/** The directory's structures and organizations named in a phrase, in the order written. */
export function matchOrganizations(phrase: string, directory: ImportDirectory): OrgProposal[] {
  const folded = fold(phrase);
  const hits: { at: number; end: number; org: OrgProposal }[] = [];
  const consider = (names: string[], owner: object, make: (name: string) => OrgProposal) => {
    let best: { at: number; end: number; name: string } | null = null;
    for (const name of names) {
      if (name.length < 3) continue;
      const m = folded.match(nameMatcher(owner, name).re);
      if (!m) continue;
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (!best || end - at > best.end - best.at) best = { at, end, name: phrase.slice(at, end) };
    }
    if (best) hits.push({ at: best.at, end: best.end, org: make(best.name) });
  };
  for (const s of directory.structures)
    consider(s.names, s, (name) => ({ name, structure: s.slug, organization: null }));
  for (const o of directory.organizations)
    consider(o.names, o, (name) => ({ name, structure: null, organization: o.slug }));
  // A longer match wins over one inside it ("OSCE Programme Office in Bishkek" over "Bishkek").
  hits.sort((a, b) => a.at - b.at || b.end - b.at - (a.end - a.at));
  const kept: typeof hits = [];
  for (const hit of hits) {
    if (kept.some((k) => hit.at < k.end && hit.end > k.at)) continue;
    kept.push(hit);
  }
  return kept.map((k) => k.org);
}

// ---- back-to-back, decisions, people ------------------------------------------------

const BACK_TO_BACK = words(
  /\b(back[- ]to[- ]back with|in conjunction with|on the margins of|on the sidelines of|alongside|en marge d[eu]|conjointement avec|parallèlement à|al margen de|paralelamente a|conjuntamente con)\b|(на полях|в рамках|параллельно с)|(على هامش|بالتزامن مع)/iu,
);

const DECISION = words(
  /\b(took a decision|decided to|agreed to|agreed on|agreed that|adopted|resolved to|decision was (taken|made)|endorsed|ont décidé|a décidé|ont convenu|sont convenus|ont adopté|a été décidé|a adopté|décision a été prise|decidieron|acordaron|aprobaron|adoptaron|se decidió|se acordó|se aprobó|aprobó|decidió|acordó|was (also )?decided|were (also )?agreed|also (decided|agreed|adopted)|ont également (décidé|adopté|convenu)|a également (décidé|adopté)|ont aussi (décidé|adopté))\b|(приняли решение|принято решение|решили|договорились|утвердили|одобрили|постановили|решено|принял\S* решени|также (решили|утвердили|одобрили))|(قرر|قرّر|اتفق|اتّفق|اعتمد|اعتمدوا|تقرر|أقر|أقرّ|وافق)/iu,
);

// What a decision is about, for the decisions register (staff can change it): the first kind that matches.
const DECISION_KINDS: [DecisionKindProposal, RegExp][] = [
  [
    "ACTION_PLAN",
    words(
      /\b(action plans?|plans? d['’]action|plan(es)? de acción)\b|(план\S* (совместных )?действий)|(خط(ة|ط) عمل)/iu,
    ),
  ],
  [
    "NEXT_MEETING",
    words(
      /\b(next|following|forthcoming) (\p{L}+ )?meeting|\bhold the \p{L}+ (\p{L}+ )?meeting|\b(prochaine|suivante) réunion|\bprochaine \p{L}+ réunion|\bpróxima (\p{L}+ )?reunión|(следующ\S* (\S+ )?(совещани|встреч|заседани)|провести \S+ (совещание|встречу|заседание))|(الاجتماع (القادم|المقبل))/iu,
    ),
  ],
  ["SECRETARIAT_REQUEST", words(/\b(secretariat|secrétariat|secretaría)\b|(секретариат)|(الأمانة)/iu)],
  [
    "POLICY",
    words(
      /\b(polic(y|ies)|strateg(y|ies)|politiques?|stratégies?|políticas?|estrategias?)\b|(политик|стратеги)|(سياس|استراتيجي)/iu,
    ),
  ],
];

export type DecisionKindProposal = "ACTION_PLAN" | "NEXT_MEETING" | "POLICY" | "SECRETARIAT_REQUEST" | "OTHER";

/** The register's kind for a decision's sentence, in any of the five languages (OTHER when nothing tells). */
export function decisionKindOf(text: string): DecisionKindProposal {
  return DECISION_KINDS.find(([, re]) => re.test(text))?.[0] ?? "OTHER";
}

const TITLE =
  /\b(Mr|Ms|Mrs|Dr|Prof|M|Mme|Sr|Sra|Dña?|H\.E)\.?\s+((?:\p{Lu}[\p{L}'-]+\s?){1,4})|(г-н|г-жа|господин|госпожа)\s+((?:\p{Lu}[\p{L}-]+\s?){1,3})|(السيد|السيدة|الدكتور|الدكتورة)\s+((?:[\u0621-\u064a]+\s?){1,3})/gu;

function extractPeople(sentences: string[], note: (field: Field, sentence: string | undefined) => void) {
  const people: { name: string; role: string | null }[] = [];
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(TITLE)) {
      const name = (m[2] ?? m[4] ?? m[6] ?? "").trim();
      if (!name || people.some((p) => p.name === name)) continue;
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const role = after.match(/^\s*[,،(]\s*([^,،.;)]{3,80})/u);
      people.push({ name, role: role ? role[1].trim() : null });
      note("people", sentence);
    }
  }
  return people;
}

const COUNTRY_ALIASES: Record<string, string> = {
  "russian federation": "RU",
  "kyrgyz republic": "KG",
  "republic of korea": "KR",
};

/** "Regional Training Centres of Azerbaijan, Kazakhstan and Ukraine": each country's centre in the directory. */
function centresByCountry(phrase: string, directory: ImportDirectory): OrgProposal[] {
  const m = phrase.match(/\b(?:Regional Training Cent(?:er|re)s|RTCs)\s+(?:of|from|in)\s+([^.;]+)/i);
  if (!m) return [];
  const found: OrgProposal[] = [];
  for (const chunk of m[1].split(/,|\band\b/)) {
    const name = chunk.trim();
    if (!name) continue;
    const lower = name.toLowerCase();
    const code =
      COUNTRY_ALIASES[lower] ??
      [...new Set(directory.structures.map((s) => s.countryCode))].find((c) =>
        countryNamesToMatch(c, "en").some((n) => n.toLowerCase() === lower),
      );
    if (!code) continue;
    const centre = directory.structures.find((s) => s.kind === "RTC" && s.countryCode === code);
    if (centre) found.push({ name, structure: centre.slug, organization: null });
  }
  return found;
}
