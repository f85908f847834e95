// Takes the README's and the docs' screenshots of the release build:
//   scripts/build && node scripts/screenshots.mjs
// Writes docs/screenshot-*.png (whole pages at 1280 and 375 px, and each view).
import { resolve } from 'node:path';
import { serveDist, launchBrowser, openPage, chartRowPoint } from '../tests/e2e/harness.mjs';

const DOCS = resolve(import.meta.dirname, '../docs');
const SHANGHAI = '?report=reports/shanghai-gov-office-2019.json';
const HONGZE = '?report=reports/hongze-2024.json';
const TWO_YEARS = 'collection=fixtures/e2e/collection-hongze-two-years.json';
const desktop = { width: 1280, height: 1600, scale: 1 };
const phone = { width: 375, height: 1400, scale: 2 };

const pages = [
  { name: 'screenshot-desktop-1280.png', query: '', ...desktop },
  { name: 'screenshot-phone-375.png', query: '', ...phone },
  { name: 'screenshot-shanghai-2019-1280.png', query: SHANGHAI, ...desktop },
  { name: 'screenshot-hongze-2024-375.png', query: HONGZE, ...phone },
];

// One view each: [file, query, viewport, selector, what to do first]
const views = [
  ['view-categories-1280.png', '', desktop, '.categories', async (page) => {
    const p = await chartRowPoint(page.locator('.categories .chart-image'), 2);
    await page.mouse.move(p.x, p.y);
  }],
  ['view-outcomes-reasons-1280.png', SHANGHAI, desktop, '.request-outcomes', async (page) => {
    const p = await chartRowPoint(page.locator('.request-outcomes .chart-image').first(), 2);
    await page.mouse.click(p.x, p.y);
  }],
  ['view-outcomes-reasons-375.png', SHANGHAI, phone, '.request-outcomes', async (page) => {
    const p = await chartRowPoint(page.locator('.request-outcomes .chart-image').first(), 2);
    await page.mouse.click(p.x, p.y);
  }],
  ['view-outcomes-table-1280.png', SHANGHAI, desktop, '.request-outcomes', async (page) => {
    const view = page.locator('.request-outcomes > .data-view');
    await view.getByRole('button', { name: '表格', exact: true }).click();
    await view.getByRole('button', { name: /^件数/ }).click();
  }],
  ['view-balance-1280.png', SHANGHAI, desktop, '.request-balance', null],
  ['view-applicants-1280.png', SHANGHAI, desktop, '.applicant-mix', null],
  ['view-table2-1280.png', SHANGHAI, desktop, '.full-table', async (page) => {
    await page.locator('.full-table summary').click();
  }],
  ['view-table1-2019-1280.png', SHANGHAI, desktop, '.table1-panel', null],
  ['view-table1-2021-375.png', HONGZE, phone, '.table1-panel', null],
  ['view-appeals-1280.png', HONGZE, desktop, '.appeals', null],
  ['view-findings-1280.png', '?report=fixtures/e2e/hongze-2024-one-cell-changed.json', desktop, '#findings', null],
  ['view-free-form-requests-375.png', '', phone, '.requests', null],
  // Many reports: a body's two years (2023 is a SYNTHETIC test fixture), three bodies, the list.
  ['view-trend-1280.png', `?${TWO_YEARS}&compare=fixtures/e2e/../../reports/hongze-2024.json&compare=fixtures/e2e/../synthetic/hongze-2023.synthetic.json&metric=outcomes`, desktop, '.comparison', null],
  ['view-compare-three-375.png', '?compare=reports/dongguan-hr-2015.json&compare=reports/shanghai-gov-office-2019.json&compare=reports/hongze-2024.json&metric=handled', phone, '.comparison', null],
  ['view-picker-375.png', '', { ...phone, height: 900 }, '.picker-panel', async (page) => {
    await page.locator('.picker-toggle').click();
    await page.locator('.picker-search').fill('人民政府');
  }],
];

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const s of pages) {
    const { page, context } = await openPage(browser, server.url + s.query, s);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(DOCS, s.name) });
    await context.close();
    console.log('wrote docs/' + s.name);
  }
  {
    const { page, context } = await openPage(browser, server.url, desktop);
    await page.goto(server.url + 'embed-demo.html');
    await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.getBoundingClientRect().height > 420));
    await page.waitForTimeout(800);
    await page.screenshot({ path: resolve(DOCS, 'screenshot-embed-demo.png') });
    await context.close();
    console.log('wrote docs/screenshot-embed-demo.png');
  }
  {
    // What a phone shows before the wasm has arrived: the prerendered copy alone.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.route(/\.wasm$/, () => {});
    await page.goto(server.url);
    await page.waitForLoadState('load');
    await page.screenshot({ path: resolve(DOCS, 'view-first-view-before-the-app-375.png') });
    await context.close();
    console.log('wrote docs/view-first-view-before-the-app-375.png');
  }
  for (const [name, query, viewport, selector, prepare] of views) {
    const { page, context } = await openPage(browser, server.url + query, { ...viewport, waitFor: '.report .chart-image' });
    if (prepare) await prepare(page);
    await page.waitForTimeout(300);
    await page.locator(selector).first().screenshot({ path: resolve(DOCS, name) });
    await context.close();
    console.log('wrote docs/' + name);
  }
} finally {
  await browser.close();
  await server.close();
}
