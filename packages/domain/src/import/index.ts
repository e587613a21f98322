export * from './columns.js';
export * from './parse-row.js';
export * from './parse-table.js';
export * from './score-rows.js';
export * from './template.js';
export * from './schemas.js';
export * from './slices.js';
