// Many reports: the picker (search, filters, newest first), comparing reports on one scale,
// a body's years as a trend with the checks between them, the state in the URL (copy link,
// reload, back/forward), and a SYNTHETIC collection of 1,000 reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { setUpDashboard, openPage, SYNTHETIC } from './harness.mjs';

const dashboard = setUpDashboard();
const TWO_YEARS = 'collection=fixtures/e2e/collection-hongze-two-years.json';

async function pickerNames(page) {
  return page.locator('.picker-name').allInnerTexts();
}

test('the picker searches by body, filters by year and province, newest first, and compares', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, dashboard.server.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const toggle = page.getByRole('button', { name: '报告列表（3）' });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await pickerNames(page), [
    '2024 · 淮安市洪泽区人民政府',
    '2019 · 上海市人民政府办公厅',
    '2015 · 东莞市人力资源局',
  ]);
  const search = page.getByLabel('搜索机关或地区');
  await search.fill('洪泽');
  assert.deepEqual(await pickerNames(page), ['2024 · 淮安市洪泽区人民政府']);
  await search.fill('人民政府');
  assert.deepEqual(await pickerNames(page), ['2024 · 淮安市洪泽区人民政府', '2019 · 上海市人民政府办公厅']);
  await search.fill('');
  await page.getByLabel('年度').selectOption('2019');
  assert.deepEqual(await pickerNames(page), ['2019 · 上海市人民政府办公厅']);
  await page.getByLabel('年度').selectOption('');
  await page.getByLabel('省份').selectOption('广东省');
  assert.deepEqual(await pickerNames(page), ['2015 · 东莞市人力资源局']);
  assert.match(await page.locator('.picker-count').innerText(), /3 份报告中有 1 份符合/);
  await page.getByLabel('省份').selectOption('');

  // The report on screen (Dongguan, the default) starts ticked; tick Shanghai and compare.
  const compare = page.getByRole('button', { name: /比较所选/ });
  assert.equal(await compare.innerText(), '比较所选（1）');
  assert.ok(await compare.isDisabled());
  await page.locator('.picker-row', { hasText: '上海市人民政府办公厅' }).getByRole('checkbox').check();
  assert.equal(await page.locator('.picker-ticked').innerText(), '已选：2015 · 东莞市人力资源局；2019 · 上海市人民政府办公厅');
  await compare.click();
  await page.waitForSelector('.comparison');
  assert.equal(await page.locator('.comparison h1').innerText(), '比较 2 份报告');
  assert.equal(await page.locator('.picker-panel').count(), 0);
  await page.waitForURL(/compare=/);
  const url = new URL(page.url());
  assert.deepEqual(url.searchParams.getAll('compare'), ['reports/dongguan-hr-2015.json', 'reports/shanghai-gov-office-2019.json']);

  // Requests handled, on one scale: Dongguan's free-form report does not give it.
  await page.locator('.metric-switch').getByRole('button', { name: '本年办理完毕', exact: true }).click();
  // The address is written after the frame that shows the change.
  await page.waitForURL(/metric=handled/);
  await page.locator('.comparison .view-switch').getByRole('button', { name: '表格' }).first().click();
  const rows = await page.locator('.comparison .data-view-table tbody tr').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.replace(/\s+/g, ' ').trim()), [
    '2015 · 东莞市人力资源局 未报告',
    '2019 · 上海市人民政府办公厅 805',
  ]);
  const chartAlt = await page.locator('.comparison .chart-image').getAttribute('alt');
  assert.match(chartAlt, /东莞市人力资源局：未报告/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a ticked report stays ticked in rows first listed later (after a search, or when the list opens again)', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, dashboard.server.url);
  const toggle = page.getByRole('button', { name: '报告列表（3）' });
  await toggle.click();
  const dongguan = page.locator('.picker-row', { hasText: '东莞市人力资源局' }).getByRole('checkbox');
  assert.ok(await dongguan.isChecked(), 'the report on screen starts ticked');
  const search = page.getByLabel('搜索机关或地区');
  await search.fill('洪泽');
  await page.getByRole('button', { name: '关闭' }).click();
  await toggle.click();
  // The search is kept; Dongguan's row is built only when the search is cleared.
  assert.deepEqual(await pickerNames(page), ['2024 · 淮安市洪泽区人民政府']);
  await page.getByLabel('搜索机关或地区').fill('');
  assert.ok(await dongguan.isChecked(), 'a row built later shows its tick');
  assert.equal(await page.locator('.picker-ticked').innerText(), '已选：2015 · 东莞市人力资源局');
  await dongguan.uncheck();
  assert.equal(await page.locator('.picker-ticked').innerText(), '勾选两份或更多报告进行比较。');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a body over two years: a trend with the checks between them, shared as a link that opens the same view', async () => {
  const { page, problems, context } = await openPage(
    dashboard.browser,
    `${dashboard.server.url}?${TWO_YEARS}&report=fixtures/e2e/../../reports/hongze-2024.json`,
  );
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // From the report, a few clicks: its years, then the outcomes.
  await page.getByRole('link', { name: '比较该机关的 2 个年度' }).click();
  await page.waitForSelector('.comparison');
  assert.equal(await page.locator('.comparison h1').innerText(), '淮安市洪泽区人民政府：2023–2024 年度');
  assert.equal(await page.locator('.compared-reports .synthetic-badge').count(), 1);
  await page.locator('.metric-switch').getByRole('button', { name: '办理结果构成', exact: true }).click();
  await page.waitForSelector('.comparison .chart-image');
  const alt = await page.locator('.comparison .chart-image').getAttribute('alt');
  assert.match(alt, /2024 · 淮安市洪泽区人民政府：（一）予以公开 50，（二）部分公开 9，（三）不予公开 3\*，（四）无法提供 32\*，（五）不予处理 1\*，（六）其他处理 0\*$/);
  // The cross-year checks (I5 for seven columns, I6 for two rows) between 2023 and 2024.
  const checks = page.locator('.comparison .cross-year');
  assert.match(await checks.locator('h3').innerText(), /2023 → 2024（淮安市洪泽区人民政府）：0 项不符/);
  assert.equal(await checks.locator('li').count(), 9);

  // Select 2024 in the table: the selection goes into the address.
  await page.locator('.comparison .view-switch').getByRole('button', { name: '表格' }).first().click();
  await page.locator('.comparison .data-view-table tbody tr').nth(1).locator('button').first().click();
  await page.waitForFunction(() => location.search.includes('sel=1'));

  // Copy the link and open it in a fresh page: the same view.
  await page.getByRole('button', { name: '复制链接' }).click();
  await page.getByText('已复制').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  const fresh = await openPage(dashboard.browser, copied, { waitFor: '.comparison .chart-image' });
  assert.equal(await fresh.page.locator('.comparison h1').innerText(), '淮安市洪泽区人民政府：2023–2024 年度');
  assert.equal(await fresh.page.locator('.metric-switch').getByRole('button', { name: '办理结果构成', exact: true }).getAttribute('aria-pressed'), 'true');
  assert.match(await fresh.page.locator('.comparison .chart-readout').innerText(), /^2024 · 淮安市洪泽区人民政府：（一）予以公开 50/);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();

  // English, then back and forward through what was on screen.
  await page.getByRole('button', { name: 'English' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('.comparison h1').innerText(), '淮安市洪泽区人民政府, 2023–2024');
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.locator('.metric-switch').getByRole('button', { name: '办理结果构成', exact: true }).getAttribute('aria-pressed'), 'true');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('metric='));
  assert.equal(await page.locator('.metric-switch').getByRole('button', { name: '本年新收申请', exact: true }).getAttribute('aria-pressed'), 'true');
  await page.goBack();
  await page.waitForSelector('.report:not(.comparison)');
  assert.match(await page.locator('.report-title').innerText(), /淮安市洪泽区人民政府2024年/);
  await page.goForward();
  await page.waitForSelector('.comparison');
  assert.equal(await page.locator('.comparison h1').innerText(), '淮安市洪泽区人民政府：2023–2024 年度');
  // Reload keeps it.
  await page.reload();
  await page.waitForSelector('.comparison .chart-image');
  assert.equal(await page.locator('.comparison h1').innerText(), '淮安市洪泽区人民政府：2023–2024 年度');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a SYNTHETIC collection of 1,000 reports: the picker filters it and 50 bodies compare', async () => {
  const dir = join(SYNTHETIC, '1000');
  execFileSync('node', [resolve(import.meta.dirname, '../../scripts/synthetic-collection.mjs'), '--count', '1000', '--out', dir]);
  const collection = 'collection=synthetic/1000/index.json';
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?${collection}`);
  await page.getByRole('button', { name: '报告列表（1000）' }).click();
  // The report on screen is not in this collection, so nothing starts ticked unseen.
  assert.equal(await page.getByRole('button', { name: /比较所选/ }).innerText(), '比较所选（0）');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'picker-search');
  assert.match(await page.locator('.picker-count').innerText(), /1000 份报告中有 1000 份符合，列出最新的 50 份/);
  // The rows beyond the first screen come after a frame.
  await page.waitForFunction(() => document.querySelectorAll('.picker-row').length === 50);
  assert.equal(await page.locator('.picker-row .synthetic-badge').count(), 50);
  await page.getByLabel('搜索机关或地区').fill('合成00042号');
  assert.deepEqual(await pickerNames(page), [2024, 2023, 2022, 2021, 2020].map((y) => `${y} · 合成00042号淮安市人力资源和社会保障局`));
  await page.getByLabel('搜索机关或地区').fill('');
  await page.getByLabel('年度').selectOption('2022');
  await page.getByLabel('省份').selectOption('广西壮族自治区');
  assert.match(await page.locator('.picker-count').innerText(), /1000 份报告中有 28 份符合/);
  await context.close();

  // Fifty bodies of one year, side by side.
  const fifty = Array.from({ length: 50 }, (_, b) => `compare=synthetic/1000/reports/s${String(b).padStart(5, '0')}-2023.json`);
  const compared = await openPage(dashboard.browser, `${dashboard.server.url}?${collection}&${fifty.join('&')}`, { waitFor: '.comparison .chart-image' });
  assert.equal(await compared.page.locator('.comparison h1').innerText(), '比较 50 份报告');
  assert.equal(await compared.page.locator('.comparison .compared-reports li').count(), 50);
  const naturalHeight = await compared.page.locator('.comparison .chart-image').evaluate((img) => img.naturalHeight);
  assert.equal(naturalHeight, 6 + 6 + 38 * 50);
  assert.deepEqual(problems.concat(compared.problems), []);
  await compared.context.close();
});

test('a keystroke in the list puts in at once the rows the panel shows, after the window grows too', async () => {
  const dir = join(SYNTHETIC, '1000');
  execFileSync('node', [resolve(import.meta.dirname, '../../scripts/synthetic-collection.mjs'), '--count', '1000', '--out', dir]);
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?collection=synthetic/1000/index.json`, { width: 1280, height: 500 });
  await page.getByRole('button', { name: '报告列表（1000）' }).click();
  // Types `text` and, in the frame that shows the keystroke, says whether the rows in the
  // list reach the foot of what the panel shows.
  const keystroke = (text) => page.evaluate(async (text) => {
    const input = document.querySelector('.picker-search');
    await new Promise((r) => requestAnimationFrame(r));
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const panel = document.querySelector('.picker-panel').getBoundingClientRect();
    const actions = document.querySelector('.picker-actions').getBoundingClientRect();
    const shownTo = Math.min(window.innerHeight, panel.bottom, actions.top);
    const rows = [...document.querySelectorAll('.picker-row')];
    return { rows: rows.length, reach: rows.at(-1).getBoundingClientRect().bottom >= shownTo };
  }, text);
  // Searches with no report in common, so no row of one is in the list for the next.
  const small = await keystroke('合成00001号');
  // Its five reports, all in; or, if they overflow the panel, enough to fill it.
  assert.ok(small.rows === 5 || small.reach, `at 500 px tall: ${JSON.stringify(small)}`);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.waitForTimeout(100);
  const tall = await keystroke('合成0002');
  assert.ok(tall.reach, `at 1000 px tall, the rows end above the panel's foot: ${JSON.stringify(tall)}`);
  const rest = await keystroke('合成0003');
  assert.ok(rest.reach, `again: ${JSON.stringify(rest)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a report: the outcome group opened into its reasons is kept in the link', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/shanghai-gov-office-2019.json`);
  const frame = page.locator('.request-outcomes .chart-frame').first();
  await frame.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.locator('.reasons').waitFor();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('sel') === '2');
  const link = page.url();
  const fresh = await openPage(dashboard.browser, link);
  await fresh.page.locator('.reasons').waitFor();
  assert.match(await fresh.page.locator('.reasons').getAttribute('aria-label'), /不予公开/);
  assert.deepEqual(problems.concat(fresh.problems), []);
  await fresh.context.close();
  await context.close();
});

test('compared reports that fail say why; two versions of one body and year are both compared', async () => {
  const url = dashboard.server.url;
  const some = await openPage(dashboard.browser, `${url}?compare=reports/hongze-2024.json&compare=faults/404.json&compare=javascript:alert(1)`, { waitFor: '.comparison .chart-image' });
  assert.equal(await some.page.locator('.comparison h1').innerText(), '比较 1 份报告');
  const why = await some.page.locator('.comparison .load-error li').allInnerTexts();
  assert.deepEqual(why.map((t) => t.split('：')[0]), ['faults/404.json', '不打开地址 javascript:alert(1)']);
  await some.context.close();
  const none = await openPage(dashboard.browser, `${url}?compare=faults/404.json&compare=fixtures/bad/truncated.json`, { waitFor: '.comparison' });
  assert.equal(await none.page.locator('.comparison h1').innerText(), '没有可比较的报告');
  assert.equal(await none.page.locator('.metric-switch').count(), 0);
  assert.match(await none.page.locator('.load-error').innerText(), /truncated\.json 有误：文件不是有效的 JSON：第 12 行第 24 列/);
  await none.context.close();
  const versions = await openPage(dashboard.browser, `${url}?compare=reports/hongze-2024.json&compare=fixtures/e2e/hongze-2024-one-cell-changed.json`, { waitFor: '.comparison .chart-image' });
  assert.equal(await versions.page.locator('.comparison h1').innerText(), '比较 2 份报告');
  assert.equal(await versions.page.locator('.compared-reports li').count(), 2);
  await versions.context.close();
});
