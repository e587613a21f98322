import type { Country } from './types.js';

export const COUNTRIES: Country[] = [];
