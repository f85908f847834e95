// End-to-end: the prerendered copy of the default report's page in dist/index.html
// (scripts/prerender.mjs, public/first-view.js, src/ui/prerendered.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, appTookOver, setUpDashboard } from './harness.mjs';

const dashboard = setUpDashboard();
const PHONE = { width: 412, height: 823 };

/** A page whose wasm never arrives, so what shows is index.html's alone. */
async function withoutTheApp(query, options = {}) {
  const context = await dashboard.browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(dashboard.server.url + query);
  await page.waitForLoadState('load');
  return { page, context };
}

const copyShown = (page) => page.evaluate(() => document.getElementById('ndbg-prerendered')?.checkVisibility() ?? false);

test('dist/index.html holds the default report\'s page, inert, with its chart', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<div id="ndbg-prerendered" inert>/);
  assert.match(html, /东莞市人力资源局2015年政务信息公开工作年度报告/);
  assert.match(html, /class="chart-image"[^>]*src="data:image\/svg\+xml/);
  assert.doesNotMatch(html.slice(html.indexOf('ndbg-prerendered')), /<script|style="/);
});

test('before the app arrives, the default address shows the copy: title, key figures, chart', async () => {
  const { page, context } = await withoutTheApp('');
  assert.ok(await copyShown(page));
  const text = await page.locator('body').innerText();
  for (const figure of ['东莞市人力资源局2015年政务信息公开工作年度报告', '2828条', '14宗', '政务动态类', '24.43%']) {
    assert.ok(text.includes(figure), `the copy lacks ${figure}`);
  }
  assert.ok(!text.includes('正在载入'), 'no loading line under the copy');
  const chart = page.locator('#ndbg-prerendered img.chart-image').first();
  assert.ok(await chart.evaluate((img) => img.complete && img.naturalWidth > 0 && img.checkVisibility()));
  await context.close();
});

test('any other address, language, dark theme or no JavaScript: the copy is never shown', async () => {
  for (const [query, options] of [
    ['?report=reports/hongze-2024.json', {}],
    ['?lang=en', {}],
    ['?view=categories', {}],
    ['?compare=reports/hongze-2024.json', {}],
    ['?embed=1', {}],
    ['', { colorScheme: 'dark' }],
    ['', { javaScriptEnabled: false }],
  ]) {
    const { page, context } = await withoutTheApp(query, options);
    assert.equal(await copyShown(page), false, `${query} ${JSON.stringify(options)}`);
    const text = await page.locator('body').innerText();
    assert.ok(!text.includes('2828条'), `${query} ${JSON.stringify(options)} shows the default report's figures`);
    await context.close();
  }
});

test('the app takes over: the copy goes, the page reads exactly as the copy did, input works', async () => {
  const { page: before, context: c1 } = await withoutTheApp('');
  const copied = await before.locator('#ndbg-prerendered').innerText();
  await c1.close();

  const context = await dashboard.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(dashboard.server.url);
  await appTookOver(page);
  assert.equal(await page.locator('.report-title').count(), 1);
  const live = await page.evaluate(() => [...document.body.children]
    .filter((e) => e.checkVisibility() && !['SCRIPT', 'NOSCRIPT'].includes(e.tagName))
    .map((e) => e.innerText).join('\n'));
  assert.equal(live.replace(/\s+/g, ' ').trim(), copied.replace(/\s+/g, ' ').trim());
  await page.locator('.language-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('.key-figures').innerText(), /Requests received/);
  assert.deepEqual(problems, []);
  await context.close();
});
