import type { GroupingDefinition } from './types.js';

export const WCO_GROUPING: GroupingDefinition = { id: 'wco', name: { en: 'WCO regions', fr: 'Régions de l’OMD' }, source: '', regions: [] };
