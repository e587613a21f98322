export * from './column-texts.js';
export * from './file-texts.js';
export * from './columns.js';
export * from './column-rules.js';
export * from './label-table.js';
export * from './titles.js';
export * from './readme.js';
