/** A country as the search offers it: its code and its name in the page's language. */
export interface SearchableCountry {
  iso3: string;
  name: string;
}

/** How well a country matches, best first: the order of the suggestions. */
export const MATCH_RANKS = ['code', 'namePrefix', 'wordPrefix', 'codePrefix', 'substring'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

export interface CountryMatch extends SearchableCountry {
  rank: MatchRank;
}

// Arabic letters a reader types without their hamza or madda, and the final yaa typed dotless or not.
const ARABIC_VARIANTS: Readonly<Record<string, string>> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه' };

/**
 * Text as the search compares it: without accents or Arabic vowel marks (every combining mark), in lower
 * case, with typographic apostrophes as plain ones and Arabic letter variants merged. "Côte d’Ivoire"
 * and "cote d'ivoire" fold alike, as do "الجزائر" with and without its marks.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\u0640/g, '') // the tatweel, a stretching stroke
    .replace(/[أإآٱىة]/g, (letter) => ARABIC_VARIANTS[letter] ?? letter)
    .replace(/[’‘ʼ`´]/g, "'")
    .toLocaleLowerCase('en')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The words of a name, split at spaces, hyphens, apostrophes, brackets, commas and full stops. */
function wordsOf(folded: string): string[] {
  return folded.split(/[\s\-'(),.]+/u).filter((w) => w !== '');
}

/** How `country` matches the folded `query`, or null when it does not. */
export function matchRank(country: SearchableCountry, query: string): MatchRank | null {
  const code = country.iso3.toLocaleLowerCase('en');
  const name = foldText(country.name);
  if (code === query) return 'code';
  if (name.startsWith(query)) return 'namePrefix';
  if (wordsOf(name).some((word) => word.startsWith(query))) return 'wordPrefix';
  if (code.startsWith(query)) return 'codePrefix';
  if (name.includes(query)) return 'substring';
  return null;
}

/**
 * The countries that match what the reader typed, best first: the ISO3 code typed in full, then names that
 * start with it, names with a word that starts with it, codes that start with it, and names that contain it;
 * alphabetical (in `lang`) within each. Nothing for an empty query.
 */
export function matchCountries(
  countries: readonly SearchableCountry[],
  typed: string,
  lang: string,
  limit = 8,
): CountryMatch[] {
  const query = foldText(typed);
  if (query === '') return [];
  const matches: CountryMatch[] = [];
  for (const country of countries) {
    const rank = matchRank(country, query);
    if (rank !== null) matches.push({ ...country, rank });
  }
  const collator = new Intl.Collator(lang);
  return matches
    .sort((a, b) => MATCH_RANKS.indexOf(a.rank) - MATCH_RANKS.indexOf(b.rank) || collator.compare(a.name, b.name))
    .slice(0, limit);
}
