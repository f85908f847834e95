// Importing a published report in the page: paste, see the dashboard and what could not
// be placed, download the JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { FIXTURES, openPage, setUpDashboard } from './harness.mjs';

const dashboard = setUpDashboard();

async function paste(page, file) {
  const text = await readFile(resolve(FIXTURES, 'import', file), 'utf8');
  await page.locator('#import-text').fill(text);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.locator('.import-result').waitFor();
}

test('pasting the HTML of Shanghai 2019 gives its dashboard, and the JSON equals the bundled one', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}import/`, { waitFor: '.import' });
  await paste(page, 'shanghai-2019.html');
  assert.match(await page.locator('.import-result [role=status]').innerText(), /表一 8\/8 行，表二 23\/23 行，表三 3\/3 组已放入；0 项未能放入/);
  await page.locator('.report').waitFor();
  assert.match(await page.locator('.requests').innerText(), /本年新收 859 \+ 上年结转 18 = 877；办理完毕 805 \+ 结转下年度 72 = 877/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.import-result').getByRole('button', { name: '下载导入结果（JSON）' }).click(),
  ]);
  const imported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const bundled = JSON.parse(await readFile(resolve(FIXTURES, '../../public/reports/shanghai-gov-office-2019.json'), 'utf8'));
  assert.deepEqual(imported.requests.table2, bundled.requests.table2);
  assert.deepEqual(imported.appeals.table3, bundled.appeals.table3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a damaged copy gives a usable report and an honest list of what is missing', async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}import/`, { waitFor: '.import' });
  await paste(page, 'hongze-2024-damaged.txt');
  const unplaced = (await page.locator('.unplaced-list').innerText()).split('\n');
  assert.equal(unplaced.length, 5, unplaced.join('\n'));
  assert.match(unplaced[0], /^第 43 行：（一）予以公开（table2\.disclosed）：第 4 个单元格是“O”，不是这一列能用的数，整行未放入/);
  assert.match(unplaced[1], /^第 52 行：表二：无法识别这一行，未放入/);
  assert.ok(unplaced.includes('行政强制（table1.coercion）：原文中没有找到'));
  assert.match(await page.locator('.import-result [role=status]').innerText(), /表一 5\/6 行，表二 20\/23 行，表三 3\/3 组已放入；5 项未能放入/);
  // The findings show what the damage broke.
  await page.locator('.report, .load-error').first().waitFor();
  await context.close();
});

test('the importer is a page of its own: the header link and an old ?import=1 address lead to it', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?lang=en`);
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.waitForSelector('.import');
  assert.equal(new URL(page.url()).pathname, '/import/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  // The dashboard's bundle is not loaded here, nor the importer's there.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.wasm')));
  assert.ok(scripts.length === 1 && /ndbg-import-[0-9a-f]+_bg\.wasm$/.test(scripts[0]), scripts.join());
  await page.getByRole('link', { name: 'Back to the dashboard' }).click();
  await page.waitForSelector('.report');
  const old = await openPage(dashboard.browser, `${dashboard.server.url}?import=1&lang=en`, { waitFor: '.import' });
  assert.equal(new URL(old.page.url()).pathname, '/import/');
  assert.equal(new URL(old.page.url()).search, '?lang=en');
  assert.deepEqual(problems.concat(old.problems), []);
  await old.context.close();
  await context.close();
});
