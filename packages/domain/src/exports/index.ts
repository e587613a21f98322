export * from './cells.js';
export * from './file-names.js';
export * from './metadata.js';
