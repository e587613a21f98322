/** UI strings of protected figures and of each administration's disclosure preference. */
export const disclosureEn = {
  // Protected figures (national users)
  protectedFiguresTitle: 'Protected figures.',
  protectedFiguresText:
    'Administrations that keep their figures confidential are included with a bounded perturbation: means of 10 or more administrations are within ±3 points, counts within ±2, operational figures within ±10%; medians, quartiles and extremes are not shown; figures from fewer than 3 administrations are withheld.',
  // Disclosure preference
  disclosureTitle: 'Disclosure',
  disclosureIntro:
    'Who may see the country-level figures of {country} (its profile, its value on the map, its point against outcomes, its results in shared operations) besides its own national users, the analysts and the administrators.',
  disclosureLevelLabel: 'Preference',
  disclosureConfidential: 'Confidential',
  disclosureConfidentialText:
    'Only the national users of {country}, the analysts and the administrators see its country-level figures. Other members see them only within protected regional figures.',
  disclosureMembers: 'Shared with members',
  disclosureMembersText:
    'The national users of every member also see the country-level figures of {country}: its profile, its value on the map, its point against outcomes and its results in the operations they share.',
  disclosureSetBy: 'Set by {email} on {date}.',
  disclosureSetOn: 'Set on {date}.',
  disclosureDefault: 'Never changed: confidential is the default.',
  disclosureChangeLegend: 'Change the preference',
  disclosureSave: 'Save the preference',
  disclosureConfirmMembers:
    'Share the country-level figures of {country} with the national users of every member? It takes effect at once, in every view, export and report.',
  disclosureConfirmConfidential:
    'Keep the country-level figures of {country} confidential? The national users of other members will no longer see them, in any view, export or report, from now on.',
  disclosureConfirmYes: 'Yes, change it',
  disclosureSaving: 'Saving…',
  disclosureSaved: 'The preference is saved: {level}.',
  disclosureReadOnly: 'Only the coordinator of {country} or an administrator may change it.',
  disclosureHistoryTitle: 'Changes of the preference',
  disclosureHistoryEmpty: 'The preference was never changed.',
  disclosureChangedAt: 'Changed on',
  disclosureChangedBy: 'Changed by',
  // Assessment screens
  disclosureChangeOnProfile: 'Change it on the profile',
  disclosureSeeOnProfile: 'See it on the profile',
} satisfies Record<string, string>;

export type DisclosureMessages = Record<keyof typeof disclosureEn, string>;
