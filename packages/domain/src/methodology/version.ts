export const METHODOLOGY_VERSION = 'v1';
