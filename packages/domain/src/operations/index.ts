export * from './vocabularies.js';
export * from './correlation.js';
export * from './outcomes.js';
export * from './result-content.js';
export * from './import/index.js';
