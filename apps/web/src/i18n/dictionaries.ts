import type { Lang } from './languages';
import { ar } from './ar';
import { en, type Messages } from './en';
import { es } from './es';
import { fr } from './fr';

export const dictionaries: Record<Lang, Messages> = { en, fr, es, ar };
