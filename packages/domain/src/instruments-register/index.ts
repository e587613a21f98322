export * from './natural-key.js';
export * from './import-layout.js';
export * from './parse-import.js';
