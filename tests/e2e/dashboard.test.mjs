// End-to-end: the release build served over HTTP, opened in headless Chromium.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chartRowPoint, openPage, setUpDashboard } from './harness.mjs';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const dashboard = setUpDashboard();
before(() => mkdir(ARTIFACTS, { recursive: true }));

// Every figure of the seed report, as the page prints it.
const SEED_FIGURES = [
  '东莞市人力资源局2015年政务信息公开工作年度报告',
  '2015年1月1日 – 2015年12月31日',
  '2015年3月23日',
  '2828条', '政务动态类', '691', '24.43%', '政策法规类', '60', '2.12%', '业务工作类', '1556',
  '55.02%', '办事指南类', '98', '3.47%', '其它类', '423', '14.96%',
  '42家', '10宗', '27篇', '50篇', '8篇', '17场', '300多场次', '40多万份',
  '159个', '1112件', '按时回复率 100%', '39件', '答复率 100%',
  '14宗', '网上申请 10宗', '信函申请 4宗', '3宗', '0元',
  '依申请公开办理能力还需进一步提高', '强化信息公开工作机制',
];

const barPoint = (page, i) => chartRowPoint(page.locator('.categories .chart-image'), i);

test('desktop: every seed figure is visible, the chart is drawn, no console error', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, dashboard.server.url);
  const visible = await page.locator('body').innerText();
  for (const figure of SEED_FIGURES) {
    assert.ok(visible.includes(figure), `visible text lacks ${figure}`);
  }
  // Outcomes the report does not give are "not reported", not zero.
  const outcomes = await page.locator('.outcomes-free tbody').innerText();
  assert.equal(outcomes.match(/未报告/g).length, 6);

  const chart = page.locator('.chart-image').first();
  const drawn = await chart.evaluate((img) => img.complete && img.naturalWidth > 0);
  assert.ok(drawn, 'the chart image is drawn');
  const svg = decodeURIComponent((await chart.getAttribute('src')).split(',').slice(1).join(','));
  for (const v of ['691 · 24.43%', '60 · 2.12%', '1556 · 55.02%', '98 · 3.47%', '423 · 14.96%']) {
    assert.ok(svg.includes(v), `chart lacks ${v}`);
  }
  await page.screenshot({ path: resolve(ARTIFACTS, 'desktop-1280.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the date before the end of the year is shown as a finding next to the date', async () => {
  const { page, context } = await openPage(dashboard.browser, dashboard.server.url);
  const note = await page.locator('.meta-date .finding-note').innerText();
  assert.match(note, /报告日期不早于报告期末/);
  assert.match(note, /应不早于 2015年12月31日，实为 2015年3月23日/);
  assert.match(await page.locator('#findings').innerText(), /1 项不符/);
  await context.close();
});

test('hovering and tapping a bar shows its exact figures and selects its row', async () => {
  const { page, context } = await openPage(dashboard.browser, dashboard.server.url);
  const p = await barPoint(page, 2);
  await page.mouse.move(p.x, p.y);
  assert.match(await page.locator('.chart-readout').innerText(), /业务工作类：1556条；报告所列 55\.02%；按数量计算 55\.02%/);
  const q = await barPoint(page, 4);
  await page.mouse.click(q.x, q.y);
  assert.match(await page.locator('.categories tr.selected').innerText(), /其它类/);
  await page.mouse.move(0, 0);
  assert.match(await page.locator('.chart-readout').innerText(), /其它类：423条；报告所列 14\.96%/);
  // The row's button selects the same item in the chart.
  await page.getByRole('button', { name: '办事指南类' }).click();
  assert.match(await page.locator('.chart-readout').innerText(), /办事指南类：98条/);
  await context.close();
});

test('the injected spam link is not clickable; its text is kept and marked', async () => {
  const { page, context } = await openPage(dashboard.browser, dashboard.server.url);
  await page.locator('.full-text summary').click();
  assert.equal(await page.locator('a[href*="insinv"]').count(), 0);
  const blocked = page.locator('.blocked-link').first();
  assert.ok(await blocked.isVisible());
  assert.match(await blocked.innerText(), /http:\/\/www\.insinv\.com/);
  await context.close();
});

test('phone, 375 px: no sideways scrolling, chart drawn at the phone width, crisp at 2x', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, dashboard.server.url, { width: 375, height: 812, scale: 2 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `page scrolls sideways: ${scrollWidth} > ${clientWidth}`);
  const width = await page.locator('.chart-image').first().evaluate((img) => img.width);
  assert.ok(width <= 375 && width > 250, `chart drawn for the phone (${width} px)`);
  const visible = await page.locator('body').innerText();
  for (const figure of SEED_FIGURES) {
    assert.ok(visible.includes(figure), `phone: visible text lacks ${figure}`);
  }
  await page.screenshot({ path: resolve(ARTIFACTS, 'phone-375.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('?report= loads another report, relative to the page', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/shanghai-gov-office-2019.json`);
  const visible = await page.locator('body').innerText();
  for (const figure of ['上海市人民政府办公厅', '859', '805', '72', '予以公开或部分公开 275 件']) {
    assert.ok(visible.includes(figure), `lacks ${figure}`);
  }
  await page.locator('.full-table summary').click();
  assert.match(await page.locator('.table2').innerText(), /272\*/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a missing report gets a clear message and a retry, not a blank page', async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/missing.json`);
  const message = await page.locator('.load-error').innerText();
  assert.match(message, /无法显示这份报告/);
  assert.match(message, /reports\/missing\.json/);
  assert.match(message, /404/);
  assert.ok(await page.getByRole('button', { name: '重试' }).isVisible());
  await context.close();
});
