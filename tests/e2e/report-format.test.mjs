// End-to-end for the report format: standard reports, findings in the page, broken files,
// and the cross-year checks against a (synthetic) previous year.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, setUpDashboard } from './harness.mjs';

const dashboard = setUpDashboard();

test('Hongze 2024 (2021 format) loads, renders and its identities hold', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/hongze-2024.json`);
  const text = await page.locator('body').innerText();
  for (const figure of ['淮安市洪泽区人民政府', '95', '9487', '2776', '7545', '予以公开或部分公开 59 件']) {
    assert.ok(text.includes(figure), `lacks ${figure}`);
  }
  assert.match(await page.locator('#findings').innerText(), /0 项不符/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a changed cell is shown as a finding in the list and on its row of table 2', async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=fixtures/e2e/hongze-2024-one-cell-changed.json`);
  const findings = await page.locator('.finding-list').innerText();
  assert.match(findings, /I3 表二 · （一）予以公开：应为 51，实为 50（规则：各类申请人之和 = 总计）/);
  assert.match(findings, /I2 表二 · 列：自然人：应为 96，实为 95（规则：各项办理结果之和 = 总计）/);
  await page.locator('.full-table summary').click();
  const flagged = await page.locator('.table2 tr.has-finding th').allInnerTexts();
  assert.deepEqual(flagged, ['（一）予以公开']);
  const flaggedColumns = await page.locator('.table2 th.has-finding').allInnerTexts();
  assert.deepEqual(flaggedColumns, ['自然人']);
  await context.close();
});

test('a truncated file gets a message with its line and column, in Chinese and English', async () => {
  const url = `${dashboard.server.url}?report=fixtures/e2e/truncated.json`;
  const { page, context } = await openPage(dashboard.browser, url);
  const zh = await page.locator('.load-error').innerText();
  assert.match(zh, /文件不是有效的 JSON：第 \d+ 行第 \d+ 列，文件在中途结束/);
  await context.close();
  const en = await openPage(dashboard.browser, `${url}&lang=en`);
  assert.match(await en.page.locator('.load-error').innerText(), /could not be read\. The file is not valid JSON: line \d+, column \d+: EOF while parsing/);
  await en.context.close();
});

test('with the previous year in the collection, I5 and I6 are checked and shown', async () => {
  const { page, problems, context } = await openPage(
    dashboard.browser,
    `${dashboard.server.url}?collection=fixtures/e2e/collection-hongze-two-years.json&report=reports/hongze-2024.json`,
  );
  const panel = page.locator('.cross-year');
  await panel.waitFor({ timeout: 10000 });
  const text = await panel.innerText();
  assert.match(text, /与2023年报告核对/);
  assert.match(text, /SYNTHETIC/);
  assert.match(text, /0 项不符/);
  assert.match(text, /I5 表二 · 二、上年结转政府信息公开申请数量 · 总计：成立（规则：上年结转 = 上一年报告的结转下年度）/);
  assert.match(text, /I6 表一 · 行政规范性文件：成立（规则：现行有效 = 上年现行有效 \+ 本年制发 − 本年废止）/);
  assert.deepEqual(problems, []);
  await context.close();
});
