import type { ErrorCode, FieldErrorCode } from '@cpc/domain';

/**
 * The texts of the API's error codes (docs/i18n.md, "Errors from the API"), by code. `{name}` placeholders are
 * the code's params; a list (`{values}`, `{options}`…) is joined with `listSeparator`, a status or a role is
 * named as the app names it.
 */
export interface ErrorMessages {
  /** Why a request was refused as a whole: one sentence each. */
  codes: Record<ErrorCode, string>;
  /** What is wrong with one field, said after its name (`fieldProblem`). `invalid` has only the API's message. */
  fields: Record<Exclude<FieldErrorCode, 'invalid'>, string>;
  /** too_small and too_big on a text or a list. */
  bounds: Record<'tooSmallString' | 'tooBigString' | 'tooSmallArray' | 'tooBigArray', string>;
  fieldProblem: string;
  listSeparator: string;
}

export const errorsEn: ErrorMessages = {
  codes: {
    invalid_fields: 'Some fields are not valid.',
    invalid_json: 'The request could not be read: it is not valid JSON.',
    body_too_large: 'The request is too large.',
    unsupported_body: 'The request could not be read: its encoding is not supported.',
    file_too_large: 'The file is larger than the upload limit.',
    unexpected_file: 'The file was sent in an unexpected field.',
    too_many_files: 'Send one file at a time.',
    bad_request: 'The request could not be read.',
    sign_in_required: 'Sign in first.',
    session_expired: 'Your session has expired or was closed: sign in again.',
    invalid_credentials: 'The e-mail or the password is wrong.',
    too_many_attempts: 'Too many sign-in attempts: try again in {wait} s.',
    role_required: 'Your account may not do this: it needs one of these roles: {roles}.',
    forbidden_country: 'The assessments of {country} are open to its own users and to the analysts only.',
    edit_forbidden: 'Only a coordinator of {country} can change its assessments.',
    review_forbidden: 'Only analysts and administrators validate or return assessments.',
    no_country: 'This account has no country.',
    result_forbidden: 'You cannot report or edit the results of {country}.',
    builtin_grouping: 'The built-in grouping “{grouping}” cannot be changed.',
    disclosure_forbidden: 'Only the coordinator of {country} or an administrator may change its preference.',
    disclosure_history_forbidden: 'You may read the history of your own country only.',
    confidential_figures:
      '{country} keeps its figures confidential: your account may read its own country and the countries that share their figures with members.',
    published_only: 'Your account may read the published tables only.',
    assessment_not_found: 'This assessment does not exist, or no longer exists.',
    operation_not_found: 'This operation does not exist, or no longer exists.',
    result_not_found: 'This result does not exist, or no longer exists.',
    grouping_not_found: 'The grouping “{grouping}” does not exist.',
    country_not_found: 'Unknown country: {country}.',
    user_not_found: 'This user does not exist, or no longer exists.',
    action_not_found: 'This action does not exist, or no longer exists.',
    instrument_not_found: 'This instrument does not exist, or no longer exists.',
    assessment_exists: '{country} already has an assessment for {year}: open it instead.',
    version_conflict:
      'Someone changed the assessment meanwhile (version {currentVersion}, not {expected}): reload it and apply your change again.',
    not_editable: 'An assessment with the status “{status}” cannot be edited: only a draft or a returned one can.',
    transition_conflict: 'This cannot be done to an assessment with the status “{status}”.',
    not_submittable: 'The assessment cannot be submitted: some items are missing or not accepted.',
    concurrent_import: 'Someone created part of this file’s data meanwhile: import the file again.',
    operation_code_taken: 'An operation with the code {code} already exists.',
    result_exists: '{country} has already reported a result for this operation: edit it instead.',
    participants_reported: '{countries} reported results and cannot be removed: delete their results first.',
    email_taken: 'The e-mail {email} is already used.',
    instrument_exists: '{country} already has this instrument on record: “{title}” from {from}. Open it instead.',
    database_unavailable: 'The database is unavailable: try again shortly.',
    internal_error: 'Something went wrong on the server.',
  },
  fields: {
    required: 'required',
    invalid_type: 'the value has the wrong type',
    invalid_value: 'must be one of {values}',
    too_small: 'must be at least {minimum}',
    too_big: 'must be at most {maximum}',
    invalid_format: 'is not written in the expected format',
    not_multiple_of: 'must be a multiple of {divisor}',
    unknown_fields: 'not a known field',
    unknown_country: 'unknown country {value}',
    end_before_start: 'the end ({end}) is before the start ({start})',
    not_participant: '{country} does not take part in operation {operation}',
    unstorable_text: 'contains a character that cannot be stored',
    too_deep: 'nested deeper than {maximum} levels',
    unknown_region: 'no region {region} in this grouping',
    membership_later: '{country} already has a membership from {date}',
    already_member: '{country} is already a member of {region}',
    no_membership: '{country} is a member of no region on {date}',
    unknown_item: 'unknown item',
    expected_option: 'choose one option ({options})',
    expected_options: 'expected a list of options ({options})',
    expected_text: 'expected a text',
    text_too_long: 'at most {maximum} characters',
    expected_level: 'expected a level from {minimum} to {maximum}',
    unknown_option: 'unknown option “{value}” (expected {options})',
    duplicate_option: 'the option “{value}” is selected twice',
    exclusive_option: '“{value}” cannot be combined with another option',
    select_one: 'select at least one option (“{none}” when there is none)',
    applies_only_if: 'does not apply: only when {item} is “{value}”',
    applies_only_if_not: 'does not apply: only when {item} is not “{value}”',
    applies_only_if_fewer: 'does not apply: only when fewer than {count} options are selected in {item}',
  },
  bounds: {
    tooSmallString: 'must have at least {minimum} characters',
    tooBigString: 'must have at most {maximum} characters',
    tooSmallArray: 'must list at least {minimum}',
    tooBigArray: 'may list at most {maximum}',
  },
  fieldProblem: '{field}: {problem}',
  listSeparator: ', ',
};
