import type { ExportsMessages } from './exports.en';

export const exportsFr: ExportsMessages = {
  // Téléchargements des graphiques
  chartDownload: 'Télécharger',
  chartDownloadPng: 'Image matricielle (PNG)',
  chartDownloadSvg: 'Image vectorielle (SVG)',
  chartDownloadCsv: 'Données (CSV)',
  chartDownloadXlsx: 'Données (Excel, XLSX)',
  chartDownloadZip: 'Données et notes (CSV, métadonnées et README dans un ZIP)',
  downloadPreparing: 'Préparation du téléchargement…',
  downloadFailed: 'Le téléchargement a échoué : {message}',
  // Export de la page
  pageExport: 'Exporter',
  pageExportCsv: 'CSV pour Excel',
  pageExportXlsx: 'Classeur Excel (XLSX)',
  pageExportZip: 'CSV avec métadonnées et README (ZIP)',
  // Rapport pays
  reportTitle: 'Rapport pays : {country}',
  reportIntro:
    'Une synthèse imprimable du profil du pays : sa trajectoire, ses dimensions face à sa région, les recommandations du manuel pour ses carences et ses évaluations.',
  reportPrint: 'Imprimer / Enregistrer en PDF',
  reportLink: 'Rapport imprimable',
  reportBackToProfile: 'Retour au profil',
  reportComparedWith: 'Comparaison au sein du regroupement : {grouping}.',
  reportCountedSubmitted: 'Les chiffres comptent les évaluations soumises et validées.',
  reportCountedValidated: 'Les chiffres ne comptent que les évaluations validées.',
  reportGenerated: 'Généré le {date}.',
  reportSource: 'Source : CPC Observatory, d’après les réponses nationales à l’outil de diagnostic du manuel.',
};
