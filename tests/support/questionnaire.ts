/** Filling the questionnaire in a browser test, whatever the page's language. */
import type { Page } from 'playwright-core';

/**
 * Answers every question shown and still unanswered with its first option, one at a time, since an answer
 * may bring follow-up questions. Free-text questions, never required, stay empty.
 */
export async function answerEveryQuestion(page: Page): Promise<void> {
  const choices = 'input[type="radio"], input[type="checkbox"]';
  const unanswered = page
    .locator('.item-block')
    .filter({ has: page.locator(choices) })
    .filter({ hasNot: page.locator('input:checked') });
  for (let answered = 0; (await unanswered.count()) > 0; answered++) {
    if (answered > 60) throw new Error('the questionnaire keeps asking: more than 60 answers given');
    await unanswered.first().locator(choices).first().check();
  }
}
