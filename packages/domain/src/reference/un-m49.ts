import type { GroupingDefinition } from './types.js';

export const UN_GROUPING: GroupingDefinition = { id: 'un', name: { en: 'UN M49 regions', fr: 'Régions M49 de l’ONU' }, source: '', regions: [] };
