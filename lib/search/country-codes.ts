// Every ISO 3166-1 alpha-2 code the runtime names (CLDR): the countries search
// knows by name in every language (table "CountryName"). Macro-regions and
// private-use codes have no name and are left out.
export function namedCountryCodes(): string[] {
  const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const codes: string[] = [];
  for (let a = 65; a <= 90; a += 1)
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes CLDR still names (BU Burma, ZR Zaire, TP East Timor…) and placeholders.
      if (
        [
          "AN",
          "BU",
          "CS",
          "DD",
          "DY",
          "FX",
          "HV",
          "NH",
          "QO",
          "RH",
          "SU",
          "TP",
          "YD",
          "YU",
          "ZR",
          "EU",
          "EZ",
          "UN",
          "XA",
          "XB",
          "XK",
          "ZZ",
          "AC",
          "CP",
          "CQ",
          "DG",
          "EA",
          "IC",
          "TA",
        ].includes(code)
      )
        continue;
      if (names.of(code)) codes.push(code);
    }
  return codes;
}
