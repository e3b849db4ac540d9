import type { Page } from '@playwright/test';

/**
 * Waits until a gloss closed otherwise than by Back has taken its step off the history (so that
 * Back leaves the text), which the browser does in a task of its own: a reload at once would be
 * cut short by it.
 */
export async function glossStepGone(page: Page): Promise<void> {
  await page.waitForFunction(() => history.state?.closeOnBack === undefined);
}

/**
 * Waits until an open gloss has added its history step, which it does a little after the gloss is
 * painted: Back pressed before that leaves the text.
 */
export async function glossStepAdded(page: Page): Promise<void> {
  await page.waitForFunction(() => history.state?.closeOnBack !== undefined);
}
