export * from './vocabularies.js';
export * from './rules.js';
