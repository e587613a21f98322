import { Initial1795769868986 } from './1795769868986-initial.js';

/** Every migration, in order. A new one is generated with `npm run migrations:generate -w @cpc/api`. */
export const MIGRATIONS = [Initial1795769868986];
