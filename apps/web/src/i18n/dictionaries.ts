import type { Lang } from './languages';
import { ar } from './ar';
import { en, type Messages } from './en';
import { errorsAr } from './errors.ar';
import { errorsEn, type ErrorMessages } from './errors.en';
import { errorsEs } from './errors.es';
import { errorsFr } from './errors.fr';
import { es } from './es';
import { fr } from './fr';

export const dictionaries: Record<Lang, Messages> = { en, fr, es, ar };

/** The texts of the API's error codes (errorText). */
export const errorDictionaries: Record<Lang, ErrorMessages> = {
  en: errorsEn,
  fr: errorsFr,
  es: errorsEs,
  ar: errorsAr,
};
