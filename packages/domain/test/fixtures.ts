import { WORKED_EXAMPLE_ANSWERS, type Answers } from '../src/index.js';

/** The worked example of docs/methodology.md. */
export const WORKED_EXAMPLE: Answers = { ...WORKED_EXAMPLE_ANSWERS };

/** Every scored item at its best option. */
export const BEST_PRACTICE: Answers = {
  'A.1': ['legislation', 'joint_committee'],
  'A.2.1': 'yes',
  'A.2.2': 'permanent',
  'A.3.1': 'yes',
  'A.3.2': 'mou',
  'A.4.1': 'yes',
  'A.4.2': 'legislation',
  'A.5.1': [
    'narcotics',
    'counterfeits',
    'endangered_species',
    'currency',
    'weapons',
    'tobacco_alcohol',
    'cultural_goods',
    'hazardous_waste',
  ],
  'A.6': 'yes',
  'A.7.1': 'organised_crime',
  'A.8': 'yes',
  'A.9': 'yes',
  'A.10': 'own_framework',
  'A.11': 'yes',
  'A.12': 'own',
  'A.13': 'yes',
  'A.14.1': 'both_ways',
  'A.15.1': 'yes',
  'A.16.1': 'yes',
  'A.17': [],
  'A.18': 5,
  'A.19': 'yes',
};
