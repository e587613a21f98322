import type { DisclosureMessages } from './disclosure.en';

export const disclosureEs: DisclosureMessages = {
  // Protected figures (national users)
  protectedFiguresTitle: 'Cifras protegidas.',
  protectedFiguresText:
    'Las administraciones que mantienen sus cifras confidenciales se incluyen con una perturbación acotada: las medias de 10 o más administraciones tienen un margen de ±3 puntos, los recuentos de ±2 y las cifras operativas de ±10 %; no se muestran medianas, cuartiles ni valores extremos; las cifras procedentes de menos de 3 administraciones se reservan.',
  // Disclosure preference
  disclosureTitle: 'Difusión de las cifras',
  disclosureIntro:
    'Quién puede ver las cifras nacionales de {country} (su perfil, su valor en el mapa, su punto frente a los resultados, sus resultados en las operaciones compartidas), además de sus propios usuarios nacionales, los analistas y los administradores.',
  disclosureLevelLabel: 'Preferencia',
  disclosureConfidential: 'Confidencial',
  disclosureConfidentialText:
    'Solo los usuarios nacionales de {country}, los analistas y los administradores ven sus cifras nacionales. Los demás miembros solo las ven dentro de cifras regionales protegidas.',
  disclosureMembers: 'Compartido con los miembros',
  disclosureMembersText:
    'Los usuarios nacionales de todos los miembros ven también las cifras nacionales de {country}: su perfil, su valor en el mapa, su punto frente a los resultados y sus resultados en las operaciones que comparten.',
  disclosureSetBy: 'Establecida por {email} el {date}.',
  disclosureSetOn: 'Establecida el {date}.',
  disclosureDefault: 'Nunca modificada: confidencial por defecto.',
  disclosureChangeLegend: 'Cambiar la preferencia',
  disclosureSave: 'Guardar la preferencia',
  disclosureConfirmMembers:
    '¿Compartir las cifras nacionales de {country} con los usuarios nacionales de todos los miembros? El cambio se aplica de inmediato, en todas las vistas, exportaciones e informes.',
  disclosureConfirmConfidential:
    '¿Mantener confidenciales las cifras nacionales de {country}? A partir de ahora, los usuarios nacionales de los demás miembros dejarán de verlas en cualquier vista, exportación o informe.',
  disclosureConfirmYes: 'Sí, cambiarla',
  disclosureSaving: 'Guardando…',
  disclosureSaved: 'La preferencia se ha guardado: {level}.',
  disclosureReadOnly: 'Solo el coordinador de {country} o un administrador pueden cambiarla.',
  disclosureHistoryTitle: 'Cambios de la preferencia',
  disclosureHistoryEmpty: 'La preferencia nunca se ha cambiado.',
  disclosureChangedAt: 'Cambiada el',
  disclosureChangedBy: 'Cambiada por',
  // Assessment screens
  disclosureChangeOnProfile: 'Cambiarla en el perfil',
  disclosureSeeOnProfile: 'Verla en el perfil',
};
