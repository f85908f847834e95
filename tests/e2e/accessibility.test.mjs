// Every visitor: axe-core on every view, a keyboard-only walk, no untranslated interface
// text on the English page, care mode, print, and downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openPage, setUpDashboard } from './harness.mjs';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const REPORTS = {
  dongguan: '',
  shanghai: 'report=reports/shanghai-gov-office-2019.json',
  hongze: 'report=reports/hongze-2024.json',
};

const dashboard = setUpDashboard();

const url = (...params) => `${dashboard.server.url}?${params.filter(Boolean).join('&')}`;

/** Opens every closed part of the page: details, table views, a group's reasons. */
async function showEverything(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  for (const name of ['表格', 'Table']) {
    const buttons = page.getByRole('button', { name, exact: true });
    for (let i = await buttons.count() - 1; i >= 0; i--) await buttons.nth(i).click();
  }
  const group = page.locator('.request-outcomes tbody .row-select').nth(2);
  if (await group.count()) {
    await group.click();
    await page.locator('.reasons').waitFor();
    const reasonTables = page.locator('.reasons').getByRole('button', { name: /^(表格|Table)$/ });
    if (await reasonTables.count()) await reasonTables.first().click();
  }
}

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

test('axe-core: no violation on any view, in both languages, both themes and care mode', async () => {
  const found = [];
  for (const [name, report] of Object.entries(REPORTS)) {
    for (const lang of ['', 'lang=en']) {
      for (const theme of ['theme=light', 'theme=dark']) {
        for (const everything of [false, true]) {
          const { page, context } = await openPage(dashboard.browser, url(report, lang, theme));
          await page.locator('.chart-image').first().waitFor();
          if (everything) await showEverything(page);
          for (const v of await axeViolations(page)) found.push(`${name} ${lang || 'zh'} ${theme}${everything ? ' all shown' : ''}: ${v}`);
          await context.close();
        }
      }
    }
    const { page, context } = await openPage(dashboard.browser, url(report, 'care=1'));
    await page.locator('.chart-image').first().waitFor();
    for (const v of await axeViolations(page)) found.push(`${name} care: ${v}`);
    await context.close();
  }
  // Narrow and embedded views too.
  for (const extra of ['embed=1&view=outcomes&' + REPORTS.shanghai, 'embed=1']) {
    const { page, context } = await openPage(dashboard.browser, url(extra), { width: 375, height: 800, scale: 2 });
    for (const v of await axeViolations(page)) found.push(`${extra} 375px: ${v}`);
    await context.close();
  }
  for (const lang of ['', 'lang=en']) {
    const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}import/${lang ? `?${lang}` : ''}`, { waitFor: '.import' });
    for (const v of await axeViolations(page)) found.push(`import ${lang || 'zh'}: ${v}`);
    await context.close();
  }
  // The picker open, and comparisons (a trend with its checks; three bodies) in both themes.
  const compared = [
    'collection=fixtures/e2e/collection-hongze-two-years.json&compare=fixtures/e2e/../../reports/hongze-2024.json&compare=fixtures/e2e/../synthetic/hongze-2023.synthetic.json&metric=outcomes',
    'compare=reports/hongze-2024.json&compare=reports/dongguan-hr-2015.json&compare=reports/shanghai-gov-office-2019.json&metric=disclosure-rate&sel=1',
  ];
  for (const which of compared) {
    for (const extra of ['theme=light', 'theme=dark&lang=en']) {
      const { page, context } = await openPage(dashboard.browser, url(which, extra), { waitFor: '.comparison .chart-image' });
      await page.locator('.picker-toggle').click();
      await page.locator('.picker-row').first().waitFor();
      for (const v of await axeViolations(page)) found.push(`comparison ${extra}: ${v}`);
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});

test('the English page has no untranslated interface text', async () => {
  const found = [];
  for (const [name, report] of Object.entries(REPORTS)) {
    const { page, context } = await openPage(dashboard.browser, url(report, 'lang=en'));
    await page.locator('.chart-image').first().waitFor();
    await showEverything(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const untranslated = await page.evaluate(() => {
      const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        // The report's own words are marked lang="zh-CN"; anything else in Chinese is ours.
        if (cjk.test(node.textContent) && !node.parentElement.closest('[lang^="zh"], noscript')) {
          out.push(node.textContent.trim().slice(0, 80));
        }
      }
      return out;
    });
    for (const t of untranslated) found.push(`${name}: ${t}`);
    await context.close();
  }
  assert.deepEqual(found, []);
});

test('the language switch changes the interface, the document language and the URL', async () => {
  const { page, context } = await openPage(dashboard.browser, url());
  // What is in sight changes in the frame after the click; the document's language, the
  // address and the panels out of sight a moment later.
  const settled = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => setTimeout(r, 0), 0))));
  // The report header's body and date: the report's own words (name, region, the date as
  // printed and what it is) stay as they are, in elements that outlive the switch; the
  // level follows the language.
  const meta = async () => (await page.locator('.report-meta').innerText()).replace(/\s+/g, ' ');
  for (const words of ['东莞市人力资源局 · 地市级 · 广东省东莞市', '2015年3月23日（落款日期）']) assert.ok((await meta()).includes(words), `the header lacks ${words}: ${await meta()}`);
  const name = await page.locator('.report-meta dd > span[lang="zh-CN"]').first().elementHandle();
  assert.equal(await name.textContent(), '东莞市人力资源局');
  await page.getByRole('button', { name: 'English' }).click();
  // A panel in sight (the key figures, at the top of the report) is in English at once.
  assert.equal(await page.locator('#key-figures-title').textContent(), 'Key figures');
  await settled();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(page.url(), /lang=en/);
  assert.match(await page.locator('#findings').innerText(), /1 failed/);
  assert.match(await page.locator('.categories thead').innerText(), /Count \(items\)/);
  // Appeals and requests are counted in cases (the report's 件 and 宗), items in items.
  const tiles = (await page.locator('.key-figures').innerText()).replace(/\s+/g, ' ');
  for (const tile of ['Items published proactively 2,828 items', 'Requests received 14 cases', 'Reconsideration 0 cases', 'Lawsuits 0 cases']) {
    assert.ok(tiles.includes(tile), `the key figures lack "${tile}": ${tiles}`);
  }
  assert.match(await page.locator('.appeals').innerText(), /Reconsideration\s+0 cases\s+Lawsuits\s+0 cases/);
  for (const words of ['东莞市人力资源局 · prefecture · 广东省东莞市', '2015年3月23日（落款日期）']) assert.ok((await meta()).includes(words), `the header lacks ${words}: ${await meta()}`);
  assert.ok(await name.evaluate((e) => e.isConnected), 'the body\'s name was made again');
  await page.getByRole('button', { name: '中文' }).click();
  await settled();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.ok((await meta()).includes('东莞市人力资源局 · 地市级 · 广东省东莞市'), await meta());
  assert.doesNotMatch(page.url(), /lang=/);
  await context.close();
});

test('keyboard only: in the list of reports, every focus ring stands out from the panel (3:1), light and dark', async () => {
  for (const theme of ['', 'theme=dark']) {
    const { page, problems, context } = await openPage(dashboard.browser, url(theme));
    await page.click('.picker-toggle');
    await page.fill('.picker-search', '上海');
    await page.waitForSelector('.picker-open');
    const rings = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el.closest('.picker-panel')) return null;
        const rgb = (c) => c.match(/[\d.]+/g).map(Number);
        const luminance = ([r, g, b]) => [r, g, b]
          .map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
          .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
        // What the ring is drawn on: the nearest box with a background of its own.
        let under = el.parentElement;
        while (under && rgb(getComputedStyle(under).backgroundColor)[3] === 0) under = under.parentElement;
        const [a, b] = [luminance(rgb(getComputedStyle(el).outlineColor)), luminance(rgb(getComputedStyle(under).backgroundColor))];
        return { what: `${el.tagName.toLowerCase()}.${el.className}`, contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
      if (ring) rings.push(ring);
    }
    assert.ok(rings.some((r) => r.what.startsWith('a.picker-open')), `the row's link was reached: ${JSON.stringify(rings)}`);
    for (const r of rings) assert.ok(r.contrast >= 3, `${theme || 'light'}: the ring on ${r.what} has a contrast of ${r.contrast.toFixed(2)}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('keyboard only: tab order, visible focus, arrow keys select, the value is announced', async () => {
  const { page, context } = await openPage(dashboard.browser, url());
  await page.locator('.chart-image').first().waitFor();
  const stops = [];
  for (let i = 0; i < 9; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      // The file input is visually hidden inside its label, which shows the focus.
      const shown = el.closest('.open-file') ?? el;
      const ring = getComputedStyle(shown);
      return {
        what: `${el.tagName.toLowerCase()} ${(shown.innerText || el.getAttribute('aria-label') || '').trim().split('\n')[0]}`,
        outline: ring.outlineStyle !== 'none' && parseFloat(ring.outlineWidth) >= 2,
      };
    }));
  }
  assert.deepEqual(stops.map((s) => s.what), [
    'a 跳到正文',
    'button 报告列表（3）',
    'input 打开本地报告文件',
    'a 导入报告',
    'button 复制链接',
    'button English',
    'button 关怀模式',
    'button 下载报告数据（JSON）',
    'a 1',
  ]);
  for (const s of stops) assert.ok(s.outline, `no visible focus on ${s.what}`);

  // On to the first chart, by Tab alone.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement.classList.contains('chart-frame'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('chart-frame')), 'reached the chart');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const readout = page.locator('.categories .chart-readout');
  assert.equal(await readout.getAttribute('aria-live'), 'polite');
  assert.match(await readout.innerText(), /政策法规类：60条；报告所列 2\.12%/);
  assert.match(await page.locator('.categories tr.selected').innerText(), /政策法规类/);
  await page.keyboard.press('End');
  assert.match(await readout.innerText(), /其它类：423条/);
  await context.close();
});

test('care mode: larger text and targets, one column, chart and table both shown', async () => {
  const { page, context } = await openPage(dashboard.browser, url(REPORTS.shanghai, 'care=1'));
  const look = await page.evaluate(() => ({
    care: document.documentElement.classList.contains('care'),
    font: parseFloat(getComputedStyle(document.body).fontSize),
    columns: getComputedStyle(document.querySelector('.panels')).gridTemplateColumns.split(' ').length,
    smallestButton: Math.min(...[...document.querySelectorAll('main button')].filter((b) => b.offsetParent).map((b) => b.getBoundingClientRect().height)),
    hiddenTables: document.querySelectorAll('.data-view-table.hidden').length,
  }));
  assert.ok(look.care);
  assert.ok(look.font >= 18, `body text ${look.font}px`);
  assert.equal(look.columns, 1);
  assert.ok(look.smallestButton >= 44, `a button is ${look.smallestButton}px tall`);
  assert.equal(look.hiddenTables, 0, 'no table is hidden behind a switch');
  await page.getByRole('button', { name: '关怀模式' }).click();
  // The address is written after the frame that shows the change.
  await page.waitForURL((u) => !u.search.includes('care='));
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('care')), false);
  await context.close();
});

test('print: A4, no controls, every table and the text opened', async () => {
  const { page, context } = await openPage(dashboard.browser, url(REPORTS.shanghai));
  await page.locator('.chart-image').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const shown = await page.evaluate(() => ({
    header: getComputedStyle(document.querySelector('.site-header')).display,
    switches: [...document.querySelectorAll('.view-switch')].map((e) => getComputedStyle(e).display),
    downloads: [...document.querySelectorAll('.downloads')].map((e) => getComputedStyle(e).display),
    tables: [...document.querySelectorAll('.data-view-table')].map((e) => getComputedStyle(e).display),
    closedDetails: document.querySelectorAll('details:not([open])').length,
  }));
  assert.equal(shown.header, 'none');
  assert.ok(shown.switches.every((d) => d === 'none'));
  assert.ok(shown.downloads.every((d) => d === 'none'));
  assert.ok(shown.tables.every((d) => d !== 'none'));
  assert.equal(shown.closedDetails, 0);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  // A4 is 210 × 297 mm, 595 × 842 points.
  const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Math.round(+m[1]), Math.round(+m[2])]);
  assert.ok(boxes.length > 1, 'several pages');
  for (const box of boxes) assert.deepEqual(box, [595, 842], 'A4 pages');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  assert.ok(await page.evaluate(() => document.querySelectorAll('details:not([open])').length) > 0, 'closed again');
  await context.close();
});

test('table 2 in full downloads as CSV with the published cells, blanks empty, computed totals', async () => {
  const { page, context } = await openPage(dashboard.browser, url(REPORTS.shanghai));
  await page.locator('.full-table summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载表二（CSV）' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '上海市人民政府办公厅-2019-table2.csv');
  const lines = (await readFile(await download.path(), 'utf8')).slice(1).split('\r\n');
  assert.equal(lines[0], '项目,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计');
  assert.equal(lines[1], '一、本年新收政府信息公开申请数量,821,35,,,2,1,859');
  assert.equal(lines[3], '（一）予以公开,258,12,,,1,1,272');
  assert.equal(lines[23], '四、结转下年度继续办理,72,,,,,,72');
  assert.match(lines.at(-2), /^注：报告中空白的总计由看板按各项计算/);
  await context.close();
});

test('downloads: CSV with BOM and the report figures, SVG with the values, PNG at 2x, JSON', async () => {
  const { page, context } = await openPage(dashboard.browser, url());
  await page.locator('.chart-image').first().waitFor();
  const save = async (name) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.categories').getByRole('button', { name }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const csv = await save('下载表格（CSV）');
  assert.equal(csv.name, '东莞市人力资源局-2015-categories-1.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
  assert.equal(lines[0], '类别,数量（条）,报告所列比例,按数量计算');
  assert.deepEqual(lines.slice(1, 7), [
    '政务动态类,691,24.43,24.43',
    '政策法规类,60,2.12,2.12',
    '业务工作类,1556,55.02,55.02',
    '办事指南类,98,3.47,3.47',
    '其它类,423,14.96,14.96',
    '合计,2828,100,—',
  ]);
  const svg = await save('下载图表（SVG）');
  assert.equal(svg.name, '东莞市人力资源局-2015-categories-1.svg');
  const svgText = svg.bytes.toString('utf8');
  for (const v of ['691 · 24.43%', '60 · 2.12%', '1556 · 55.02%', '98 · 3.47%', '423 · 14.96%', '政务动态类']) {
    assert.ok(svgText.includes(v), `SVG lacks ${v}`);
  }
  assert.match(svgText, /^<svg width="800"/);
  assert.ok(svgText.includes('门户网站主动公开政务信息分类条形图'), 'the chart says what it shows');
  assert.ok(svgText.includes('来源：东莞市人力资源局 2015 年政府信息公开工作年度报告'), 'and where it comes from');
  const png = await save('下载图表（PNG）');
  assert.equal(png.name, '东莞市人力资源局-2015-categories-1.png');
  assert.equal(png.bytes.toString('latin1', 1, 4), 'PNG');
  assert.equal(png.bytes.readUInt32BE(16), 1600, 'twice the 800 px chart');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载报告数据（JSON）' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), '东莞市人力资源局-2015-report.json');
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.title, '东莞市人力资源局2015年政务信息公开工作年度报告');
  assert.equal(json.proactive.breakdowns[0].items[2].count.value, '1556');
  await context.close();
});
