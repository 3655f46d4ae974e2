import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The dark scheme only swaps the colour tokens (app/globals.css): after a full run in light, a page is checked again in
 * dark by the rules that read colours, on the same page load.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Switches the page to the dark scheme once its colours have finished changing. Links fade their colours
 * (`transition-colors`), and axe measuring contrast in the middle of that fade, as it did on a busy CI machine, reports
 * colours that no visitor keeps seeing.
 */
export async function switchToDarkScheme(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  // getAnimations() applies the scheme's styles first, so it holds the transitions the switch has just started.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished),
    ),
  );
}

/**
 * axe-core's violations on the page (or the part of it that `include` selects) as `rule: targets`, by the WCAG 2.x A/AA
 * and best-practice rules, or by `rules` alone.
 */
export async function axeViolations(page: Page, rules?: string[], include?: string): Promise<string[]> {
  const builder = include ? new AxeBuilder({ page }).include(include) : new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(axeTags)).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`);
}
