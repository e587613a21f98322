import { describe, expect, it } from 'vitest';
import { localize } from '@cpc/domain';
import { ApiError } from '../src/api/ApiError';
import { dictionaries, errorDictionaries } from '../src/i18n/dictionaries';
import { answerIssueText, errorText, fieldErrorTextsOf, type ErrorI18n } from '../src/i18n/errorText';
import type { Lang } from '../src/i18n/languages';
import { translate } from '../src/i18n/translate';

function i18nFor(lang: Lang): ErrorI18n {
  return {
    lang,
    t: (key, params) => translate(dictionaries[lang], key, params, lang),
    localize: (text) => localize(text, lang),
  };
}

/** An API error as apiRequest builds it: the English message, the status, the parsed body. */
function apiError(status: number, body: Record<string, unknown>): ApiError {
  return new ApiError(String(body.message), status, [], { statusCode: status, ...body });
}

describe('errorText: a refusal by its code, in the page’s language', () => {
  it('says a top-level code with its params', () => {
    const exists = apiError(409, {
      code: 'assessment_exists',
      params: { country: 'FRA', year: 2019 },
      message: 'FRA already has an assessment for 2019: open it instead',
    });
    expect(errorText(exists, i18nFor('fr'))).toBe('FRA a déjà une évaluation pour 2019 : ouvrez-la plutôt.');
    const stale = apiError(409, { code: 'version_conflict', params: { currentVersion: 2, expected: 1 }, message: 'x' });
    expect(errorText(stale, i18nFor('es'))).toBe(
      'Alguien modificó la evaluación mientras tanto (versión 2, no 1): vuelva a cargarla y aplique de nuevo su cambio.',
    );
    const forbidden = apiError(403, { code: 'edit_forbidden', params: { country: 'DEU' }, message: 'x' });
    expect(errorText(forbidden, i18nFor('ar'))).toBe('لا يعدّل تقييمات DEU إلا أحد منسقيها.');
  });

  it('names a status and roles as the app does', () => {
    const status = apiError(409, { code: 'not_editable', params: { status: 'submitted' }, message: 'x' });
    expect(errorText(status, i18nFor('fr'))).toBe(
      'Une évaluation au statut « Soumise » ne peut pas être modifiée : seuls un brouillon ou une évaluation renvoyée peuvent l’être.',
    );
    const roles = apiError(403, { code: 'role_required', params: { roles: ['admin', 'analyst'] }, message: 'x' });
    expect(errorText(roles, i18nFor('ar'))).toBe(
      'لا يسمح حسابك بهذا الإجراء: يلزم أحد هذه الأدوار: مدير النظام، محلل.',
    );
  });

  it('says each field of a 400, by its label where the form has one', () => {
    const missingYear = apiError(400, {
      code: 'invalid_fields',
      message: 'year must be an integer',
      errors: [{ field: 'year', message: 'year must be an integer', code: 'required' }],
    });
    expect(errorText(missingYear, i18nFor('fr'), { year: 'newAssessmentYear' })).toBe('Année évaluée : obligatoire');
    expect(errorText(missingYear, i18nFor('ar'))).toBe('year: مطلوب');
    const twoFields = apiError(400, {
      code: 'invalid_fields',
      message: 'x',
      errors: [
        { field: 'lang', message: 'x', code: 'invalid_value', params: { values: ['en', 'fr'] } },
        { field: 'comment', message: 'x', code: 'too_big', params: { maximum: 4000, origin: 'string' } },
      ],
    });
    expect(errorText(twoFields, i18nFor('es'))).toBe(
      'lang: debe ser uno de los valores siguientes: en, fr; comment: debe tener como máximo 4000 caracteres',
    );
    expect(fieldErrorTextsOf(twoFields, i18nFor('ar'))).toEqual(
      new Map([
        ['lang', 'lang: يجب أن تكون إحدى القيم التالية: en، fr'],
        ['comment', 'comment: يجب ألا يزيد على 4000 حرف'],
      ]),
    );
  });

  it('a network failure is said, not its technical message', () => {
    expect(errorText(new ApiError('Failed to fetch', 0), i18nFor('es'))).toBe('No se pudo conectar con el servidor.');
  });
});

describe('errorText falls back to the API’s message', () => {
  it('for an unknown code, no code, or a field whose rule has no code', () => {
    const unknown = apiError(409, { code: 'brand_new_refusal', message: 'Something new was refused' });
    expect(errorText(unknown, i18nFor('fr'))).toBe('Something new was refused');
    const none = apiError(403, { message: 'iso3: not yours' });
    expect(errorText(none, i18nFor('ar'))).toBe('iso3: not yours');
    const rule = apiError(400, {
      code: 'invalid_fields',
      message: 'from: from must not be after to',
      errors: [{ field: 'from', message: 'from: from must not be after to', code: 'invalid' }],
    });
    expect(errorText(rule, i18nFor('es'))).toBe('from: from must not be after to');
    expect(errorText(new Error('boom'), i18nFor('fr'))).toBe('boom');
  });
});

describe('answerIssueText: a refused answer without its item code, options by their labels', () => {
  it('says the reason in the page’s language', () => {
    const issue = {
      code: 'A.2.1',
      message: 'A.2.1: unknown option "maybe" (expected yes, partial, no)',
      reason: 'unknown_option',
      params: { value: 'maybe', options: ['yes', 'partial', 'no'] },
    };
    expect(answerIssueText(issue, i18nFor('fr'))).toBe('option inconnue « maybe » (attendu : Oui, Partiellement, Non)');
    const long = { code: 'A.7.2', message: 'x', reason: 'text_too_long', params: { maximum: 4000 } };
    expect(answerIssueText(long, i18nFor('ar'))).toBe('4000 حرف كحد أقصى');
    const rule = { code: 'A.15.2', message: 'x', reason: 'applies_only_if', params: { item: 'A.15.1', value: 'yes' } };
    expect(answerIssueText(rule, i18nFor('fr'))).toBe('ne s’applique pas : seulement si A.15.1 vaut « Oui »');
  });

  it('keeps the rule’s message for a reason it does not know', () => {
    const issue = { code: 'A.2.1', message: 'A.2.1: a rule of tomorrow', reason: 'tomorrow_rule', params: {} };
    expect(answerIssueText(issue, i18nFor('es'))).toBe('A.2.1: a rule of tomorrow');
  });
});

describe('the error dictionaries', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const entries = (lang: Lang) => {
    const d = errorDictionaries[lang];
    return { ...d.codes, ...d.fields, ...d.bounds, fieldProblem: d.fieldProblem } as Record<string, string>;
  };

  it('say every code in every language, with the same placeholders, none left in English', () => {
    const en = entries('en');
    for (const lang of ['fr', 'es', 'ar'] as const) {
      const other = entries(lang);
      expect(Object.keys(other).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholders(other[key] ?? ''), `${lang}.${key}`).toEqual(placeholders(text));
        if (key !== 'fieldProblem') expect(other[key], `${lang}.${key}`).not.toBe(text);
      }
    }
  });
});
