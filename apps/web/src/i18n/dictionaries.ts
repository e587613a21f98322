import type { Lang } from './languages';
import { en, type Messages } from './en';
import { fr } from './fr';

export const dictionaries: Record<Lang, Messages> = { en, fr };
