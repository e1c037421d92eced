import { expect, test, type Page } from '@playwright/test';
import { itemCode } from './case-api.js';
import { expectNoAxeViolations, signIn } from './support.js';

// Issue 13 (9): the native file control speaks the browser's language ("Choose Files / No file chosen"
// in a Chinese page). The apply and correction pages share one control: the native input stays in the
// page for keyboards and screen readers, named in the page's language; only its look is replaced.

async function expectPageLanguageFileControl(page: Page, name: string) {
  const input = page.getByLabel(name);
  await expect(input).toHaveAttribute('type', 'file');
  // Still in the accessibility tree and reachable by keyboard, not display:none…
  await expect(input).toBeAttached();
  await input.focus();
  await expect(input).toBeFocused();
  // …but drawn as no more than a pixel, so the browser's own words never show; the label is the button.
  const box = (await input.boundingBox())!;
  expect(Math.min(box.width, box.height)).toBeLessThanOrEqual(1);
  expect(await input.evaluate((el) => getComputedStyle(el).clip)).toBe('rect(0px, 0px, 0px, 0px)');
  const button = page.locator(`label[for="${await input.getAttribute('id')}"]`);
  await expect(button).toBeVisible();
  await expect(button).toHaveText(name);
  expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the file control on the apply page is named in the page’s language at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await signIn(page, 'citizen1', `/services/${itemCode}/apply`);
    await expectPageLanguageFileControl(page, '选择“申请人居民身份证”的文件');
    await expectNoAxeViolations(page);

    await page.goto(`/en/services/${itemCode}/apply`);
    const name = await labelOf(page);
    expect(name).toMatch(/^Choose files for “.+”$/);
    await expectPageLanguageFileControl(page, name);
  });
}

/** The text of the first file control's label (its accessible name). */
async function labelOf(page: Page): Promise<string> {
  const id = await page.locator('input[type="file"]').first().getAttribute('id');
  return (await page.locator(`label[for="${id}"]`).textContent()) ?? '';
}
