import type { DisclosureMessages } from './disclosure.en';

export const disclosureFr: DisclosureMessages = {
  protectedFiguresTitle: 'Chiffres protégés.',
  protectedFiguresText:
    'Les administrations qui gardent leurs chiffres confidentiels sont comptées avec une perturbation bornée : les moyennes de 10 administrations ou plus sont exactes à ±3 points près, les effectifs à ±2 près, les chiffres opérationnels à ±10 % près ; les médianes, quartiles et extrêmes ne sont pas affichés ; les chiffres issus de moins de 3 administrations sont masqués.',
  disclosureTitle: 'Diffusion des chiffres',
  disclosureIntro:
    'Qui peut voir les chiffres nationaux de {country} (son profil, sa valeur sur la carte, son point face aux résultats, ses résultats dans les opérations partagées) en plus de ses propres utilisateurs nationaux, des analystes et des administrateurs.',
  disclosureLevelLabel: 'Préférence',
  disclosureConfidential: 'Confidentiel',
  disclosureConfidentialText:
    'Seuls les utilisateurs nationaux de {country}, les analystes et les administrateurs voient ses chiffres nationaux. Les autres membres ne les voient qu’au sein de chiffres régionaux protégés.',
  disclosureMembers: 'Partagé avec les membres',
  disclosureMembersText:
    'Les utilisateurs nationaux de chaque membre voient aussi les chiffres nationaux de {country} : son profil, sa valeur sur la carte, son point face aux résultats et ses résultats dans les opérations qu’ils partagent.',
  disclosureSetBy: 'Choisie par {email} le {date}.',
  disclosureSetOn: 'Choisie le {date}.',
  disclosureDefault: 'Jamais modifiée : confidentiel par défaut.',
  disclosureChangeLegend: 'Modifier la préférence',
  disclosureSave: 'Enregistrer la préférence',
  disclosureConfirmMembers:
    'Partager les chiffres nationaux de {country} avec les utilisateurs nationaux de chaque membre ? Le changement s’applique aussitôt, dans chaque vue, export et rapport.',
  disclosureConfirmConfidential:
    'Garder confidentiels les chiffres nationaux de {country} ? Les utilisateurs nationaux des autres membres ne les verront plus, dans aucune vue, aucun export ni aucun rapport, dès maintenant.',
  disclosureConfirmYes: 'Oui, la modifier',
  disclosureSaving: 'Enregistrement…',
  disclosureSaved: 'La préférence est enregistrée : {level}.',
  disclosureReadOnly: 'Seul le coordinateur de {country} ou un administrateur peut la modifier.',
  disclosureHistoryTitle: 'Modifications de la préférence',
  disclosureHistoryEmpty: 'La préférence n’a jamais été modifiée.',
  disclosureChangedAt: 'Modifiée le',
  disclosureChangedBy: 'Modifiée par',
  disclosureChangeOnProfile: 'La modifier sur le profil',
  disclosureSeeOnProfile: 'La voir sur le profil',
};
