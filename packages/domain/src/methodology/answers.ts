/** One answer: an option code (tri, choice, yesno), option codes (multi), free text (text) or a level (level). */
export type AnswerValue = string | string[] | number;
export type Answers = Record<string, AnswerValue>;
/** The handbook's "Réponse" box, per item. */
export type Comments = Record<string, string>;
