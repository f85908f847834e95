// End-to-end for the interactive views of a standard report: outcomes and their reasons,
// the balance, the applicant mix, sorting, chart/table switching, and a free-form report's
// "not reported".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chartRowPoint, openPage, setUpDashboard } from './harness.mjs';

const dashboard = setUpDashboard();

const shanghai = () => `${dashboard.server.url}?report=reports/shanghai-gov-office-2019.json`;

test('Shanghai 2019: the derived figures are on the page', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, shanghai());
  const text = await page.locator('.requests').innerText();
  assert.match(text, /本年新收 859 \+ 上年结转 18 = 877；办理完毕 805 \+ 结转下年度 72 = 877。收支平衡。/);
  assert.match(text, /予以公开或部分公开 275 件，占办理总数的 34\.2%/);
  const groups = page.locator('.request-outcomes .chart-image').first();
  const svg = decodeURIComponent((await groups.getAttribute('src')).split(',').slice(1).join(','));
  for (const v of ['272 · 33.8%', '3 · 0.4%', '35 · 4.3%', '337 · 41.9%', '158 · 19.6%']) {
    assert.ok(svg.includes(v), `outcome chart lacks ${v}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('refused, and why, in two clicks: the group opens into its reasons', async () => {
  const { page, context } = await openPage(dashboard.browser, shanghai());
  const groups = page.locator('.request-outcomes .chart-image').first();
  const p = await chartRowPoint(groups, 2);
  await page.mouse.click(p.x, p.y); // click 1: （三）不予公开
  assert.match(await page.locator('.request-outcomes .chart-readout').first().innerText(), /（三）不予公开：35 件/);
  const reasons = page.locator('.reasons');
  await reasons.waitFor();
  assert.match(await reasons.locator('h4').innerText(), /（三）不予公开：按原因/);
  const reasonSvg = decodeURIComponent((await reasons.locator('.chart-image').getAttribute('src')).split(',').slice(1).join(','));
  for (const v of ['1.属于国家秘密', '14 · 1.7%', '5.属于三类内部事务信息', '8.属于行政查询事项', '12 · 1.5%']) {
    assert.ok(reasonSvg.includes(v), `reasons chart lacks ${v}`);
  }
  const q = await chartRowPoint(reasons.locator('.chart-image'), 0);
  await page.mouse.move(q.x, q.y); // hover 2: the reason's exact figure
  assert.match(await reasons.locator('.chart-readout').innerText(), /（三）不予公开 1\.属于国家秘密：14/);
  await context.close();
});

test('a selection in the chart is the selection in the table, and back', async () => {
  const { page, context } = await openPage(dashboard.browser, shanghai());
  const view = page.locator('.request-outcomes > .data-view');
  const frame = view.locator('.chart-frame');
  await frame.focus();
  await page.keyboard.press('ArrowDown'); // （一）
  await page.keyboard.press('ArrowDown'); // （二）
  await page.keyboard.press('ArrowDown'); // （三）
  await view.getByRole('button', { name: '表格', exact: true }).click();
  assert.match(await view.locator('tr.selected').innerText(), /（三）不予公开\s+35\*/);
  await view.getByRole('button', { name: '（四）无法提供' }).click();
  await view.getByRole('button', { name: '图表', exact: true }).click();
  assert.match(await view.locator('.chart-readout').innerText(), /（四）无法提供：337 件/);
  assert.match(await page.locator('.reasons h4').innerText(), /（四）无法提供/);
  await context.close();
});

test('on a phone, selecting a bar writes its figures where the prompt was, and the page below stays', async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/hongze-2024.json`, { width: 412, height: 823 });
  const view = page.locator('.request-outcomes > .data-view').first();
  const readout = view.locator('.chart-readout');
  // Where what follows the chart (its downloads) is, on the page.
  const below = () => view.locator('.downloads').evaluate((d) => d.getBoundingClientRect().top + scrollY);
  const prompt = await readout.innerText();
  // The lines the readout's text takes.
  const lines = (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  };
  // The prompt takes two lines at this width; a row's figures, one.
  await view.locator('.chart-frame').focus();
  assert.equal(await readout.evaluate(lines), 2);
  const top = await below();
  const seen = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowDown');
    const text = await readout.innerText();
    assert.notEqual(text, prompt);
    seen.push({ text, lines: await readout.evaluate(lines), below: await below() });
  }
  assert.ok(seen.some((s) => s.lines === 1), JSON.stringify(seen));
  assert.ok(seen.every((s) => Math.abs(s.below - top) < 0.5), `${top}: ${JSON.stringify(seen)}`);
  await context.close();
});

test('tables sort by any column, blanks last', async () => {
  const { page, context } = await openPage(dashboard.browser, shanghai());
  const view = page.locator('.request-outcomes > .data-view');
  await view.getByRole('button', { name: '表格', exact: true }).click();
  const firstColumn = () => view.locator('tbody th').allInnerTexts();
  await view.getByRole('button', { name: /^件数/ }).click();
  assert.equal(await view.locator('th[aria-sort="descending"]').count(), 1);
  assert.deepEqual(await firstColumn(), ['（四）无法提供', '（一）予以公开', '（五）不予处理', '（三）不予公开', '（二）部分公开', '（六）其他处理']);
  await view.getByRole('button', { name: /^件数/ }).click();
  assert.deepEqual((await firstColumn()).slice(0, 2), ['（二）部分公开', '（三）不予公开']);
  assert.equal((await firstColumn()).at(-1), '（六）其他处理', 'a blank stays last');
  await view.getByRole('button', { name: /^结果/ }).click();
  assert.equal(await view.locator('th[aria-sort="ascending"]').count(), 1);
  await context.close();
});

test('Hongze 2024: received 95, disclosed 50, partly 9, cannot provide 32; applicants; appeals', async () => {
  const { page, problems, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=reports/hongze-2024.json`);
  const requests = page.locator('.requests');
  await requests.locator('.request-outcomes > .data-view').getByRole('button', { name: '表格', exact: true }).click();
  const table = await requests.locator('.request-outcomes > .data-view table').innerText();
  assert.match(table, /（一）予以公开\s+50\s/);
  assert.match(table, /（二）部分公开\s+9\s/);
  assert.match(table, /（四）无法提供\s+32\*/);
  assert.match(await requests.innerText(), /本年新收 95 \+ 上年结转 0 = 95/);
  await requests.locator('.applicant-mix').getByRole('button', { name: '表格', exact: true }).click();
  assert.match(await requests.locator('.applicant-mix table').innerText(), /自然人\s+95\s+100\.0%\s+95/);
  const appeals = page.locator('.appeals');
  await appeals.getByRole('button', { name: '表格', exact: true }).click();
  assert.match(await appeals.locator('table').innerText(), /行政复议\s+1\s+1\s+0\s+0\s+2/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a free-form report shows the same sections with "not reported", not empty charts', async () => {
  const { page, context } = await openPage(dashboard.browser, dashboard.server.url);
  assert.match(await page.locator('.table1-panel').innerText(), /未报告：这份报告不是统一格式，没有表一/);
  const requests = await page.locator('.requests').innerText();
  assert.match(requests, /上年结转、结转下年度、申请人类型及各类不予公开、无法提供、不予处理的原因均未报告/);
  assert.equal(await page.locator('.requests .chart-image').count(), 0, 'no chart of figures the report does not give');
  await context.close();
});
