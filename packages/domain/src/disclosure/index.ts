export * from './levels.js';
export * from './cells.js';
export * from './perturbation.js';
export * from './protect-maturity.js';
export * from './protect-counts.js';
export * from './protect-operations.js';
export * from '../schemas/disclosure.js';
export * from './views.js';
