export * from './answers.js';
export * from './applicability.js';
export * from './points.js';
export * from './version.js';
export * from './scoring.js';
export * from './gaps.js';
export * from './validation.js';
