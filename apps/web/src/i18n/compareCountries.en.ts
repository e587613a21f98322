/** UI strings of the country comparison page and of the country search. */
export const compareCountriesEn = {
  navCompareCountries: 'Compare countries',
  compareCountriesTitle: 'Compare countries',
  compareCountriesIntro:
    'Two to six administrations side by side: their overall index over the years, their newest dimension scores against the mean of their region in the same year, and the items farthest from the top level in their newest assessment.',
  compareCountriesChosen: 'Countries compared',
  compareCountriesAdd: 'Add a country',
  compareCountriesRemove: 'Remove {country}',
  compareCountriesNeedMore: 'Pick at least two countries to compare (six at most).',
  compareCountriesFull: 'Six countries are compared, the most this page shows: remove one to add another.',
  compareCountriesNationalNote:
    'Your account may see in detail only your own country ({country}) and the countries that share their figures with members: only these can be compared. Other countries appear in the regional views.',
  compareTrajectoriesTitle: 'Overall maturity index over the years',
  compareTrajectoriesDescription:
    'Line chart, one line per country, each with its own colour, marker and dash; a filled marker is a validated assessment, a hollow one a submitted assessment.',
  compareDimensionsTitle: 'Dimension scores in the newest assessment, against each region’s mean',
  compareDimensionsDescription:
    'One panel per dimension: a bar per country, and a black tick for the mean of its region in the year of its newest assessment.',
  compareRegionMean: 'Region’s mean',
  compareTableTitle: 'Newest figures and region means',
  compareNewestYear: 'Newest assessment',
  compareGapCount: 'Gaps',
  compareGapsTitle: 'Largest gaps in the newest assessment',
  compareGapsNone: 'No gap in the newest assessment.',
  compareGapsMore: '{count, plural, one {and # more gap} other {and # more gaps}}',
  compareGapPoints: '{points} of 1 point',
  compareNoAssessment: 'No counted assessment',
  compareAction: 'Compare',
  compareActionLabel: 'Compare {country} with other countries',
  searchLabel: 'Find a country',
  searchPlaceholder: 'Country or ISO code',
  searchResults:
    '{count, plural, =0 {No country found} one {# country found, use the arrow keys} other {# countries found, use the arrow keys}}',
  searchNoResult: 'No country found',
};

export type CompareCountriesMessages = Record<keyof typeof compareCountriesEn, string>;
