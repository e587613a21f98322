import {
  AuditListResponseSchema,
  AuthConfigResponseSchema,
  CreateUserRequestSchema,
  LoginRequestSchema,
  LoginResponseSchema,
  SessionUserSchema,
  UpdateUserRequestSchema,
  UserSchema,
  UsersResponseSchema,
} from '@cpc/domain';
import { ERROR, SIGNED_IN, body, json, operation, problem, query } from './openapi-helpers.js';

const USER_ID = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };

export function accountPaths(): Record<string, object> {
  return {
    '/api/auth/login': {
      post: {
        summary: 'Sign in; rate-limited per IP and e-mail',
        tags: ['accounts'],
        requestBody: body(LoginRequestSchema, 'Credentials'),
        responses: {
          '200': json(LoginResponseSchema, 'Signed in'),
          '400': ERROR,
          '401': problem('Wrong e-mail or password (the same answer for both)'),
          '429': problem('Too many attempts; retry later'),
        },
      },
    },
    '/api/auth/logout': {
      post: operation(
        'Revoke this session',
        { responses: { '204': { description: 'Signed out' }, ...SIGNED_IN } },
        'accounts',
      ),
    },
    '/api/auth/me': {
      get: operation(
        'The signed-in user',
        { responses: { '200': json(SessionUserSchema, 'OK'), ...SIGNED_IN } },
        'accounts',
      ),
    },
    '/api/auth/config': {
      get: {
        summary: 'What the login page may show (demo accounts in demo mode only)',
        tags: ['accounts'],
        responses: { '200': json(AuthConfigResponseSchema, 'OK') },
      },
    },
    '/api/users': {
      get: operation(
        'Users (admin)',
        { responses: { '200': json(UsersResponseSchema, 'OK'), ...SIGNED_IN } },
        'accounts',
      ),
      post: operation(
        'Create a user (admin); coordinators and viewers need a country',
        {
          requestBody: body(CreateUserRequestSchema, 'The user'),
          responses: {
            '201': json(UserSchema, 'Created'),
            '400': ERROR,
            ...SIGNED_IN,
            '409': problem('E-mail already used'),
          },
        },
        'accounts',
      ),
    },
    '/api/audit': {
      get: operation(
        'The audit log, newest first (admin): every write, export and sign-in attempt, without bodies',
        {
          parameters: [
            query('action', 'write, export or sign-in'),
            query('email', 'Entries of this account'),
            query('limit', '1–500, default 100'),
            query('offset', 'Entries to skip'),
          ],
          responses: { '200': json(AuditListResponseSchema, 'OK'), '400': ERROR, ...SIGNED_IN },
        },
        'accounts',
      ),
    },
    '/api/users/{id}': {
      get: operation(
        'One user (admin)',
        {
          parameters: [USER_ID],
          responses: { '200': json(UserSchema, 'OK'), ...SIGNED_IN, '404': problem('No such user') },
        },
        'accounts',
      ),
      patch: operation(
        'Change a user (admin); disabling one ends its sessions',
        {
          parameters: [USER_ID],
          requestBody: body(UpdateUserRequestSchema, 'Changes'),
          responses: {
            '200': json(UserSchema, 'Updated'),
            '400': ERROR,
            ...SIGNED_IN,
            '404': problem('No such user'),
            '409': problem('E-mail already used'),
          },
        },
        'accounts',
      ),
    },
  };
}
