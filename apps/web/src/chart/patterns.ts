import { useId } from 'react';

export interface PatternIds {
  notAssessed: string;
  withheld: string;
  regionValue: string;
}

/** Ids for one chart's fill patterns, unique in the document and safe inside url(#…). */
export function usePatternIds(): PatternIds {
  const base = `p${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  return { notAssessed: `${base}-na`, withheld: `${base}-wh`, regionValue: `${base}-rv` };
}

export const fillUrl = (id: string) => `url(#${id})`;
