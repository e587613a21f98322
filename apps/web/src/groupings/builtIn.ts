/** The groupings that come with the app (WCO regions, UN M49 regions): read-only. */
export const BUILT_IN_GROUPINGS: readonly string[] = ['wco', 'un'];

export function isBuiltInGrouping(id: string): boolean {
  return BUILT_IN_GROUPINGS.includes(id);
}
