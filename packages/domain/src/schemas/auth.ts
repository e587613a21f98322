import { z } from 'zod';
import { ROLES, roleNeedsCountry } from '../access/roles.js';
import { Iso3Schema } from './common.js';
import { codedParams } from '../errors/issues.js';

export const EmailSchema = z
  .string({ error: 'email is required' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'email must be an e-mail address' }).max(254));

export const PASSWORD_MIN_LENGTH = 10;
export const PasswordSchema = z
  .string({ error: 'password is required' })
  .min(PASSWORD_MIN_LENGTH, { error: `password must have at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(200, { error: 'password is at most 200 characters' });

export const LoginRequestSchema = z
  .object({ email: EmailSchema, password: z.string({ error: 'password is required' }).min(1).max(200) })
  .strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const RoleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` });

export const SessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: RoleSchema,
  country: Iso3Schema.nullable(),
});
export type SessionUser = z.infer<typeof SessionUserSchema>;

const CsrfTokenSchema = z
  .string()
  .describe('Send as X-CSRF-Token on every POST, PUT, PATCH and DELETE authenticated by the session cookie');

export const LoginResponseSchema = z.object({
  token: z.string().describe('Send as Authorization: Bearer <token> (API clients; browsers use the cookie instead)'),
  expiresAt: z.string().describe('ISO 8601'),
  user: SessionUserSchema,
  csrfToken: CsrfTokenSchema,
});
export type LoginResponse = z.infer<typeof LoginResponseSchema>;

/** Who is signed in, for a page that opens with the session cookie only (a new tab); null when nobody is. */
export const SessionResponseSchema = z.object({
  session: z
    .object({ user: SessionUserSchema, expiresAt: z.string().describe('ISO 8601'), csrfToken: CsrfTokenSchema })
    .nullable(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

export const UserSchema = SessionUserSchema.extend({
  disabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UserResponse = z.infer<typeof UserSchema>;
export const UsersResponseSchema = z.object({ users: z.array(UserSchema) });
export type UsersResponse = z.infer<typeof UsersResponseSchema>;

const countryRule = (u: { role?: string; country?: string | null }) =>
  u.role === undefined || !roleNeedsCountry(u.role as (typeof ROLES)[number]) || Boolean(u.country);

export const CreateUserRequestSchema = z
  .object({ email: EmailSchema, password: PasswordSchema, role: RoleSchema, country: Iso3Schema.nullable().optional() })
  .strict()
  .refine(countryRule, {
    error: 'country is required for coordinators and viewers',
    path: ['country'],
    params: codedParams('required'),
  });
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z
  .object({
    email: EmailSchema.optional(),
    password: PasswordSchema.optional(),
    role: RoleSchema.optional(),
    country: Iso3Schema.nullable().optional(),
    disabled: z.boolean({ error: 'disabled must be true or false' }).optional(),
  })
  .strict();
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;

/** Public, unauthenticated: what the login page needs (demo credentials only in demo mode). */
export const AuthConfigResponseSchema = z.object({
  demoUsers: z.array(
    z.object({ email: z.string(), password: z.string(), role: RoleSchema, country: z.string().nullable() }),
  ),
});
export type AuthConfigResponse = z.infer<typeof AuthConfigResponseSchema>;
