/** UI strings of the downloads (charts and pages) and of the printable country report. */
export const exportsEn = {
  // Chart downloads
  chartDownload: 'Download',
  chartDownloadPng: 'Image (PNG)',
  chartDownloadSvg: 'Vector image (SVG)',
  chartDownloadCsv: 'Data (CSV)',
  chartDownloadXlsx: 'Data (Excel, XLSX)',
  chartDownloadZip: 'Data with its notes (CSV, metadata and README in a ZIP)',
  downloadPreparing: 'Preparing the download…',
  downloadFailed: 'The download failed: {message}',
  // Page export
  pageExport: 'Export',
  pageExportCsv: 'CSV for Excel',
  pageExportXlsx: 'Excel workbook (XLSX)',
  pageExportZip: 'CSV with metadata and README (ZIP)',
  // Country report
  reportTitle: 'Country report: {country}',
  reportIntro:
    'A printable summary of the country’s profile: its trajectory, its dimensions against its region, the handbook’s recommendations for its gaps, and its assessments.',
  reportPrint: 'Print / Save as PDF',
  reportLink: 'Printable report',
  reportBackToProfile: 'Back to the profile',
  reportComparedWith: 'Compared within the grouping: {grouping}.',
  reportCountedSubmitted: 'The figures count submitted and validated assessments.',
  reportCountedValidated: 'The figures count validated assessments only.',
  reportGenerated: 'Generated on {date}.',
  reportSource: 'Source: CPC Observatory, from national answers to the diagnostic tool of the handbook.',
} satisfies Record<string, string>;

export type ExportsMessages = Record<keyof typeof exportsEn, string>;
