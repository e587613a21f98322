import type { ExportsMessages } from './exports.en';

export const exportsEs: ExportsMessages = {
  // Chart downloads
  chartDownload: 'Descargar',
  chartDownloadPng: 'Imagen (PNG)',
  chartDownloadSvg: 'Imagen vectorial (SVG)',
  chartDownloadCsv: 'Datos (CSV)',
  chartDownloadXlsx: 'Datos (Excel, XLSX)',
  chartDownloadZip: 'Datos con sus notas (CSV, metadatos y README en un ZIP)',
  downloadPreparing: 'Preparando la descarga…',
  downloadFailed: 'La descarga ha fallado: {message}',
  // Page export
  pageExport: 'Exportar',
  pageExportCsv: 'CSV para Excel',
  pageExportXlsx: 'Libro de Excel (XLSX)',
  pageExportZip: 'CSV con metadatos y README (ZIP)',
  // Country report
  reportTitle: 'Informe de país: {country}',
  reportIntro:
    'Un resumen imprimible del perfil del país: su trayectoria, sus dimensiones frente a su región, las recomendaciones del Manual para sus carencias y sus evaluaciones.',
  reportPrint: 'Imprimir / Guardar como PDF',
  reportLink: 'Informe imprimible',
  reportBackToProfile: 'Volver al perfil',
  reportComparedWith: 'Comparación dentro de la agrupación: {grouping}.',
  reportCountedSubmitted: 'Las cifras incluyen las evaluaciones enviadas y validadas.',
  reportCountedValidated: 'Las cifras incluyen solo las evaluaciones validadas.',
  reportGenerated: 'Generado el {date}.',
  reportSource:
    'Fuente: Observatorio CPC, a partir de las respuestas nacionales a la herramienta de diagnóstico del Manual.',
};
