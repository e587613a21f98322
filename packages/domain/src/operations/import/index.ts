export * from './columns.js';
export * from './file-columns.js';
export * from './parse-operations-row.js';
export * from './parse-operations-table.js';
