import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/common/database-unavailable.js';

function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

function queryFailed(driverError: Error): QueryFailedError {
  return new QueryFailedError('SELECT 1', [], driverError);
}

describe('which errors mean the database cannot be reached', () => {
  it.each([
    ['a refused connection', pgError('connect ECONNREFUSED 127.0.0.1:5433', 'ECONNREFUSED')],
    ['a reset connection', pgError('read ECONNRESET', 'ECONNRESET')],
    ['an administrator shutdown (57P01)', queryFailed(pgError('terminating connection', '57P01'))],
    ['a server starting up (57P03)', pgError('the database system is starting up', '57P03')],
    ['a connection exception (08006)', queryFailed(pgError('connection failure', '08006'))],
    ['a connection lost mid-query', queryFailed(pgError('Connection terminated unexpectedly'))],
    ['a query in a transaction whose connection was dropped', new QueryRunnerProviderAlreadyReleasedError()],
    ['the COMMIT of a transaction whose connection was dropped', new QueryRunnerAlreadyReleasedError()],
    ['no connection from the pool in time', pgError('timeout exceeded when trying to connect')],
    ['a refusal on every address', new AggregateError([pgError('connect ECONNREFUSED ::1', 'ECONNREFUSED')])],
    ['a refusal given as the cause', new Error('could not run', { cause: pgError('refused', 'ECONNREFUSED') })],
  ])('%s: yes', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', queryFailed(pgError('duplicate key value', '23505'))],
    ['a syntax error', queryFailed(pgError('syntax error at or near "SELEC"', '42601'))],
    ['a statement timeout', queryFailed(pgError('canceling statement due to statement timeout', '57014'))],
    ['a plain error', new Error('something else')],
    ['not an error', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('%s: no', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
