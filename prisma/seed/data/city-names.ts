// The cities of the demo content in the other languages (the gazetteer of
// CityName): English is what meetings and structures store. Usual forms of
// each language's press and of the UN's place-name lists.
import type { Locale } from "./types";

export type CityNameSeed = { countryCode: string; city: string; t: Partial<Record<Exclude<Locale, "en">, string>> };

const c = (countryCode: string, city: string, fr: string, es: string, ru: string, ar: string): CityNameSeed => ({
  countryCode,
  city,
  t: { fr, es, ru, ar },
});

export const cityNames: CityNameSeed[] = [
  c("HU", "Budapest", "Budapest", "Budapest", "Будапешт", "بودابست"),
  c("RU", "Moscow", "Moscou", "Moscú", "Москва", "موسكو"),
  c("KZ", "Astana", "Astana", "Astaná", "Астана", "أستانا"),
  c("UA", "Khmelnytskyi", "Khmelnytskyï", "Jmelnitski", "Хмельницкий", "خميلنيتسكي"),
  c("AZ", "Baku", "Bakou", "Bakú", "Баку", "باكو"),
  c("KG", "Bishkek", "Bichkek", "Biskek", "Бишкек", "بيشكيك"),
  c("TH", "Bangkok", "Bangkok", "Bangkok", "Бангкок", "بانكوك"),
  c("KE", "Nairobi", "Nairobi", "Nairobi", "Найроби", "نيروبي"),
  c("KE", "Mombasa", "Mombasa", "Mombasa", "Момбаса", "مومباسا"),
  c("UY", "Montevideo", "Montevideo", "Montevideo", "Монтевидео", "مونتيفيديو"),
  c("AR", "Buenos Aires", "Buenos Aires", "Buenos Aires", "Буэнос-Айрес", "بوينس آيرس"),
  c("CI", "Abidjan", "Abidjan", "Abiyán", "Абиджан", "أبيدجان"),
  c("AE", "Dubai", "Dubaï", "Dubái", "Дубай", "دبي"),
  c("JP", "Kashiwa", "Kashiwa", "Kashiwa", "Касива", "كاشيوا"),
  c("CN", "Shanghai", "Shanghai", "Shanghái", "Шанхай", "شانغهاي"),
  c("IN", "Faridabad", "Faridabad", "Faridabad", "Фаридабад", "فريد آباد"),
  c("ZA", "Pretoria", "Pretoria", "Pretoria", "Претория", "بريتوريا"),
  c("BF", "Ouagadougou", "Ouagadougou", "Uagadugú", "Уагадугу", "واغادوغو"),
  c("NG", "Abuja", "Abuja", "Abuya", "Абуджа", "أبوجا"),
  c("SA", "Riyadh", "Riyad", "Riad", "Эр-Рияд", "الرياض"),
  c("EG", "Cairo", "Le Caire", "El Cairo", "Каир", "القاهرة"),
  c("BR", "Brasília", "Brasilia", "Brasilia", "Бразилиа", "برازيليا"),
  c("DO", "Santo Domingo", "Saint-Domingue", "Santo Domingo", "Санто-Доминго", "سانتو دومينغو"),
  c("PL", "Warsaw", "Varsovie", "Varsovia", "Варшава", "وارسو"),
  c("MY", "Putrajaya", "Putrajaya", "Putrajaya", "Путраджая", "بوتراجايا"),
  c("MX", "Mexico City", "Mexico", "Ciudad de México", "Мехико", "مكسيكو سيتي"),
  c("UG", "Kampala", "Kampala", "Kampala", "Кампала", "كمبالا"),
  c("SN", "Dakar", "Dakar", "Dakar", "Дакар", "داكار"),
  c("MA", "Rabat", "Rabat", "Rabat", "Рабат", "الرباط"),
  c("BE", "Brussels", "Bruxelles", "Bruselas", "Брюссель", "بروكسل"),
];
