import type { Answers } from './answers.js';

/**
 * The fully worked example of docs/methodology.md: index 45.7407, level 3 under v1 (section 4); index 54.6053,
 * level 3 under v2 (section 9.3: A.4.2 informal 0.25, A.10 other_agency 1, 10.375 points over 19 items).
 * Shared as data so that the documentation, the import template's example row and the tests all speak of the
 * same answer set.
 */
export const WORKED_EXAMPLE_ANSWERS: Readonly<Answers> = Object.freeze({
  'A.1': ['mou', 'joint_committee'],
  'A.2.1': 'yes',
  'A.2.2': 'regular',
  'A.3.1': 'no',
  'A.4.1': 'partial',
  'A.4.2': 'informal',
  'A.5.1': ['narcotics', 'currency', 'weapons'],
  'A.5.2': 'Les armes relèvent exclusivement de la police.',
  'A.6': 'yes',
  'A.7.1': 'customs_offences',
  'A.8': 'partial',
  'A.9': 'yes',
  'A.10': 'other_agency',
  'A.11': 'no',
  'A.12': 'own',
  'A.13': 'no',
  'A.14.1': 'one_way',
  'A.15.1': 'yes',
  'A.16.1': 'no',
  'A.17': ['lack_of_trust', 'separate_ministries'],
  'A.18': 3,
  'A.19': 'partial',
});
