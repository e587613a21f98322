import { createContext, useContext } from 'react';

/**
 * Whether the figures of the page are protected (a national user's): the charts' pictures then carry the
 * same explanation as the page, since a downloaded PNG or SVG travels without it.
 */
export const ProtectedFiguresContext = createContext(false);

export function useProtectedFigures(): boolean {
  return useContext(ProtectedFiguresContext);
}
