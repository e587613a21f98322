import type { DimensionDefinition } from './types.js';

export const DIMENSION_DEFINITIONS: DimensionDefinition[] = [];
