import type { ContinuumLevel } from './types.js';

export const CONTINUUM_LEVELS: ContinuumLevel[] = [];
