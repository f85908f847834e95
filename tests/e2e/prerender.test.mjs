// End-to-end: the prerendered copies of the bundled reports' pages, the default report's in
// dist/index.html and the others' in dist/prerendered/ (scripts/prerender.mjs,
// public/first-view.js, src/ui/prerendered.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, appTookOver, copyIsIn, holdTheApp, recordProblems, setUpDashboard } from './harness.mjs';

const dashboard = setUpDashboard();
const PHONE = { width: 412, height: 823 };

/** A page whose wasm is held back (it never arrives), so what shows is index.html's alone. */
async function withoutTheApp(query, options = {}, { css = true } = {}) {
  const context = await dashboard.browser.newContext({ viewport: PHONE, ...options });
  const page = await context.newPage();
  // The copies the page asked for.
  page.copiesAsked = [];
  page.on('request', (r) => { if (r.url().includes('/prerendered/')) page.copiesAsked.push(r.url()); });
  await page.route(/\.wasm$/, () => {});
  if (!css) await page.route(/\.css$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(dashboard.server.url + query);
  await page.waitForLoadState('load');
  return { page, context };
}

/** Waits until the copy the address asks for is all in: its title and footer and, for a
 *  copy fetched in English or dark, what only that copy has (`marks`), so that the hidden
 *  Chinese copy in index.html, which has the default report's title too, does not count. */
async function theCopyIsIn(page, query, { dark = query.includes('theme=dark') } = {}) {
  await copyIsIn(page, query.includes('hongze') ? '洪泽区' : '东莞市人力资源局');
  const marks = [...(query.includes('lang=en') ? ['Key figures'] : []), ...(dark ? ['%23E6EDF3'] : [])];
  await page.waitForFunction((marks) => {
    const copy = document.getElementById('ndbg-prerendered');
    return document.documentElement.classList.contains('ndbg-prerendered') && copy?.querySelector('.site-footer') &&
      marks.every((mark) => copy.innerHTML.includes(mark));
  }, marks);
}

const copyShown = (page) => page.evaluate(() => document.getElementById('ndbg-prerendered')?.checkVisibility() ?? false);

test('dist/index.html holds the default report\'s page, inert, with its chart', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /<div id="ndbg-prerendered" hidden inert>/);
  assert.match(html, /<meta name="ndbg-prerendered-report" content="reports\/dongguan-hr-2015.json">\n\s*<meta name="ndbg-prerendered-copies"[^>]*>\n\s*<script src="first-view.js">/);
  assert.match(html, /东莞市人力资源局2015年政务信息公开工作年度报告/);
  assert.match(html, /class="chart-image"[^>]*src="data:image\/svg\+xml/);
  const copy = html.slice(html.indexOf('<div id="ndbg-prerendered"'), html.indexOf('<!--/ndbg-prerendered-->'));
  assert.ok(copy.length > 1000);
  assert.doesNotMatch(copy, /<script|style="|\son[a-z]+=/);
});

test('every other bundled report has a copy of its own, named in dist/index.html, inert', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const listed = html.match(/<meta name="ndbg-prerendered-copies" content="([^"]*)">\n\s*<script src="first-view.js">/);
  assert.ok(listed, 'no list of copies before first-view.js');
  const files = Object.fromEntries(listed[1].split(' ').map((entry) => entry.split('=')));
  // In Chinese, the others (the default report's is in index.html); in English, all three;
  // and both again in the dark theme.
  const all = ['reports/dongguan-hr-2015.json', 'reports/shanghai-gov-office-2019.json', 'reports/hongze-2024.json'];
  assert.deepEqual(Object.keys(files), [...all.slice(1), ...['en:', 'dark:', 'en:dark:'].flatMap((prefix) => all.map((r) => prefix + r))]);
  assert.deepEqual((await readdir(join(DIST, 'prerendered'))).sort(), Object.values(files).map((f) => f.replace('prerendered/', '')).sort());
  for (const [report, title, figure] of [
    ['reports/hongze-2024.json', '淮安市洪泽区人民政府2024年政府信息公开工作年度报告', ['2428条', '2,428 items']],
    ['reports/shanghai-gov-office-2019.json', '上海市人民政府办公厅2019年政府信息公开工作年度报告', ['275（34.2%）', '275 (34.2%)']],
    ['reports/dongguan-hr-2015.json', '东莞市人力资源局2015年政务信息公开工作年度报告', ['2828条', '2,828 items']],
  ]) {
    for (const [prefix, words, figureHere] of [['', '主要数字', figure[0]], ['en:', 'Key figures', figure[1]], ['dark:', '主要数字', figure[0]], ['en:dark:', 'Key figures', figure[1]]]) {
      const key = prefix + report;
      if (!files[key]) {
        assert.equal(key, 'reports/dongguan-hr-2015.json', `no copy of ${key}`);
        continue;
      }
      // Named for its report, its language, its theme and its content, so a cached copy of
      // another build is never asked for.
      const name = report.slice('reports/'.length, -'.json'.length);
      const suffix = prefix.split(':').filter(Boolean).map((p) => `-${p}`).join('');
      assert.match(files[key], new RegExp(`^prerendered/${name}${suffix}-[0-9a-f]{12}\\.html$`));
      const copy = await readFile(join(DIST, files[key]), 'utf8');
      assert.ok(copy.startsWith(`<!--ndbg-copy ${key}-->\n`), `${files[key]} does not name its page first`);
      for (const text of [title, words, figureHere]) assert.ok(copy.includes(text), `${files[key]} lacks ${text}`);
      assert.match(copy, /class="chart-image"[^>]*src="data:image\/svg\+xml/);
      // The charts are drawn in the theme's colours (text #E6EDF3 on dark, #1F2328 on light).
      const [text, other] = prefix.includes('dark') ? ['%23E6EDF3', '%231F2328'] : ['%231F2328', '%23E6EDF3'];
      assert.ok(copy.includes(`fill%3D%22${text}`) && !copy.includes(`fill%3D%22${other}`), `${files[key]}: the charts' colours are not the theme's`);
      assert.doesNotMatch(copy, /<script|style="|\son[a-z]+=/i);
      if (report !== 'reports/dongguan-hr-2015.json') {
        for (const other of ['2828条', '2,828 items']) assert.ok(!copy.includes(other), `${files[key]} holds the default report's figures`);
      }
    }
  }
});

test('before the app arrives, a phone set to dark, or an address in the dark theme, shows the dark copy on dark ground', async () => {
  for (const [query, options, title, figure] of [
    ['', { colorScheme: 'dark' }, '东莞市人力资源局', '2828条'],
    ['?theme=dark', { colorScheme: 'light' }, '东莞市人力资源局', '2828条'],
    ['?report=reports/hongze-2024.json&lang=en&theme=auto', { colorScheme: 'dark' }, '洪泽区', '2,428 items'],
  ]) {
    const { page, context } = await withoutTheApp(query, options);
    assert.equal(page.copiesAsked.length, 1, query);
    assert.match(page.copiesAsked[0], /-dark-[0-9a-f]{12}\.html$/);
    await theCopyIsIn(page, query, { dark: true });
    assert.ok((await page.locator('.report-title').innerText()).includes(title));
    assert.ok(await copyShown(page), query);
    assert.ok((await page.title()).includes(title), `${query}: the tab reads ${await page.title()}`);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    // The page's ground is dark under the copy, as the app's is.
    const ground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).slice(0, 3).map(Number));
    assert.ok(ground.every((c) => c < 60), `${query}: the ground is rgb(${ground})`);
    assert.ok((await page.locator('body').innerText()).includes(figure), `${query}: the copy lacks ${figure}`);
    const chart = page.locator('#ndbg-prerendered img.chart-image').first();
    assert.match(await chart.getAttribute('src'), /fill%3D%22%23E6EDF3/);
    await context.close();
  }
  // The light theme named in the address, on a phone set to dark: the light copy, light.
  const { page, context } = await withoutTheApp('?theme=light', { colorScheme: 'dark' });
  assert.deepEqual(page.copiesAsked, []);
  assert.ok(await copyShown(page));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.doesNotMatch(await page.locator('#ndbg-prerendered img.chart-image').first().getAttribute('src'), /fill%3D%22%23E6EDF3/);
  await context.close();
});

test('before the app arrives, an address in English shows that report\'s English copy, and the page is in English', async () => {
  for (const [query, title, figure] of [
    ['?lang=en', '东莞市人力资源局', '2,828 items'],
    ['?report=reports/hongze-2024.json&lang=en', '洪泽区', '2,428 items'],
  ]) {
    const { page, context } = await withoutTheApp(query);
    assert.equal(page.copiesAsked.length, 1, query);
    await theCopyIsIn(page, query);
    assert.ok((await page.locator('.report-title').innerText()).includes(title));
    assert.ok(await copyShown(page), query);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await page.title(), `${await page.locator('.report-title').innerText()} · Open Government Information Report Dashboard`, query);
    assert.match(await page.title(), query.includes('hongze') ? /^淮安市洪泽区人民政府2024年/ : /^东莞市人力资源局2015年/);
    const text = await page.locator('body').innerText();
    for (const words of ['Key figures', figure, 'Requests received']) assert.ok(text.includes(words), `${query}: the copy lacks ${words}`);
    for (const other of ['主要数字', query.includes('hongze') ? '2,828 items' : '2,428 items']) assert.ok(!text.includes(other), `${query} shows ${other}`);
    assert.equal(await page.locator('.report-title').count(), 1);
    await context.close();
  }
});

test('before the app arrives, a bundled report\'s address shows that report\'s copy, never the default\'s', async () => {
  const { page, context } = await withoutTheApp('?report=reports/hongze-2024.json');
  // It goes in a piece per frame; the footer is the last.
  await copyIsIn(page, '洪泽区');
  assert.ok(await copyShown(page));
  const text = await page.locator('body').innerText();
  for (const figure of ['淮安市洪泽区人民政府2024年政府信息公开工作年度报告', '2428条', '59（62.1%）']) {
    assert.ok(text.includes(figure), `the copy lacks ${figure}`);
  }
  assert.ok(!text.includes('2828条'), 'the default report\'s figures are shown');
  assert.equal(await page.locator('.report-title').count(), 1);
  const chart = page.locator('#ndbg-prerendered img.chart-image').first();
  assert.ok(await chart.evaluate((img) => img.complete && img.naturalWidth > 0 && img.checkVisibility()));
  await context.close();
});

test('a host that answers a copy with another page (its index.html) shows no copy, and the app starts', async () => {
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const context = await dashboard.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const release = await holdTheApp(page);
  await page.route(/\/prerendered\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: index }));
  const answered = page.waitForResponse(/\/prerendered\//);
  await page.goto(dashboard.server.url + '?report=reports/hongze-2024.json');
  await answered;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await copyShown(page), false);
  assert.ok(!(await page.locator('body').innerText()).includes('2828条'), 'the default report\'s figures are shown');
  release();
  await appTookOver(page);
  assert.equal(await page.locator('.report-title').count(), 1);
  assert.match(await page.locator('.report-title').innerText(), /淮安市洪泽区/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a copy that arrives after the app has started is not shown', async () => {
  const context = await dashboard.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  let asked = false;
  await page.route(/\/prerendered\//, async (route) => { asked = true; await held; await route.continue(); });
  await page.goto(dashboard.server.url + '?report=reports/hongze-2024.json');
  await appTookOver(page);
  assert.ok(asked, 'the copy was not asked for');
  release();
  // The copy's response, and a frame after it.
  await page.waitForResponse(/\/prerendered\//);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await page.locator('#ndbg-prerendered').count(), 0);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('ndbg-prerendered')), false);
  assert.equal(await page.locator('.report-title').count(), 1);
  assert.ok(await page.locator('.report-title').isVisible());
  await context.close();
});

test('before the app arrives, the default address shows the copy: title, key figures, chart', async () => {
  const { page, context } = await withoutTheApp('');
  assert.ok(await copyShown(page));
  const text = await page.locator('body').innerText();
  for (const figure of ['东莞市人力资源局2015年政务信息公开工作年度报告', '2828条', '14宗', '政务动态类', '24.43%']) {
    assert.ok(text.includes(figure), `the copy lacks ${figure}`);
  }
  // The tab names the report, as the app will.
  assert.equal(await page.title(), '东莞市人力资源局2015年政务信息公开工作年度报告 · 政府信息公开年报看板');
  const loading = await page.locator('#ndbg-starting').boundingBox();
  assert.ok(loading.width <= 1 && loading.height <= 1, 'the loading line is for screen readers only under the copy');
  const chart = page.locator('#ndbg-prerendered img.chart-image').first();
  assert.ok(await chart.evaluate((img) => img.complete && img.naturalWidth > 0 && img.checkVisibility()));
  await context.close();
});

test('any other address, language, theme or width, or no JavaScript: no copy is shown', async () => {
  for (const [query, options] of [
    ['?report=reports/hongze-2024.json&lang=fr', {}],
    ['?report=reports/hongze-2024.json&lang=EN', {}],
    ['?report=reports/hongze-2024.json&theme=dark&theme=auto', { colorScheme: 'dark' }],
    ['?report=reports/hongze-2024.json&theme=sepia', {}],
    // A listing's key is not a report: the app refuses these addresses.
    ['?report=en:reports/hongze-2024.json', {}],
    ['?report=dark:reports/dongguan-hr-2015.json', {}],
    ['?report=en:dark:reports/shanghai-gov-office-2019.json&theme=light', {}],
    // Spellings the app reads as Chinese, English or auto, which no copy is listed under.
    ['?lang=zh-CN', {}],
    ['?theme=Dark', {}],
    ['?lang=', {}],
    ['?report=', {}],
    ['?report=reports/hongze-2024.json', { viewport: { width: 1280, height: 900 } }],
    ['?report=reports/hongze-2024.json&embed=1', {}],
    ['?report=./reports/hongze-2024.json', {}],
    ['?report=reports/hongze-2024.json&report=reports/not-bundled.json', {}],
    ['?report=reports/hongze-2024.json&lang=zh&lang=en', {}],
    ['?report=reports/not-bundled.json', {}],
    ['?lang=en&embed=1', {}],
    ['?lang=en', { viewport: { width: 1280, height: 900 } }],
    ['?view=categories', {}],
    ['?compare=reports/hongze-2024.json', {}],
    ['?embed=1', {}],
    ['?theme=light&theme=auto', { colorScheme: 'dark' }],
    ['?from=timeline', {}],
    ['?theme=dark', { viewport: { width: 1280, height: 900 } }],
    ['', { javaScriptEnabled: false }],
    ['', { viewport: { width: 1280, height: 900 } }],
  ]) {
    const { page, context } = await withoutTheApp(query, options);
    assert.deepEqual(page.copiesAsked, [], `${query} ${JSON.stringify(options)} asked for a copy`);
    assert.equal(await copyShown(page), false, `${query} ${JSON.stringify(options)}`);
    const text = await page.locator('body').innerText();
    for (const figure of ['2828条', '2428条', '2,828 items', '2,428 items']) assert.ok(!text.includes(figure), `${query} ${JSON.stringify(options)} shows ${figure}`);
    await context.close();
  }
});

test('without the style sheet the copy stays hidden, at any address', async () => {
  for (const query of ['', '?report=reports/hongze-2024.json', '?report=reports/hongze-2024.json&lang=en', '?theme=dark']) {
    const { page, context } = await withoutTheApp(query, {}, { css: false });
    if (query) {
      // The copy is fetched and put in, and stays hidden.
      await theCopyIsIn(page, query);
    }
    assert.equal(await copyShown(page), false, query);
    const text = await page.locator('body').innerText();
    for (const figure of ['2828条', '2428条', '2,428 items']) assert.ok(!text.includes(figure), `${query} shows ${figure}`);
    await context.close();
  }
});

test('when the wasm cannot start, the copy and the loading line go and the message is at the top', async () => {
  const context = await dashboard.browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(dashboard.server.url);
  const message = page.locator('.start-error');
  await message.waitFor();
  assert.equal(await page.locator('#ndbg-prerendered').count(), 0);
  assert.equal(await page.locator('#ndbg-starting').count(), 0, 'no "loading" under "could not start"');
  const box = await message.boundingBox();
  assert.ok(box.y < PHONE.height, `the message is at y ${box.y}`);
  // Nor does the tab name the copy's report.
  await page.waitForLoadState('load');
  assert.equal(await page.title(), '政府信息公开年报看板');
  await context.close();
});

for (const query of ['', '?report=reports/hongze-2024.json', '?report=reports/hongze-2024.json&lang=en', '?theme=dark']) {
  const english = query.includes('lang=en');
  test(`at "${query}", while the copy is shown, screen readers hear the loading line; the takeover moves nothing`, async () => {
    const context = await dashboard.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const release = await holdTheApp(page);
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(dashboard.server.url + query);
    await page.waitForLoadState('load');
    // A copy fetched goes in a piece per frame; the footer is the last.
    await theCopyIsIn(page, query);
    assert.ok(await copyShown(page));
    const loading = page.locator('#ndbg-starting');
    assert.notEqual(await loading.evaluate((e) => getComputedStyle(e).display), 'none');
    assert.match(await loading.textContent(), /正在载入/);
    // A reader who has scrolled to the key figures before the app arrives.
    await page.evaluate(() => document.querySelector('#ndbg-prerendered .key-figures').scrollIntoView());
    const shift = await page.evaluate(() => window.__shift);
    const y = (sel) => page.evaluate((sel) => [...document.querySelectorAll(sel)].find((e) => e.checkVisibility())?.getBoundingClientRect().top, sel);
    const before = await Promise.all(['.key-figures', '.report-title', '.site-footer'].map(y));
    const scrolled = await page.evaluate(() => window.scrollY);
    release();
    await appTookOver(page);
    const after = await Promise.all(['.key-figures', '.report-title', '.site-footer'].map(y));
    assert.equal(await page.evaluate(() => window.scrollY), scrolled);
    for (const [i, top] of before.entries()) assert.ok(Math.abs(after[i] - top) <= 1, `moved from ${top} to ${after[i]}`);
    assert.ok(await page.evaluate(() => window.__shift) - shift < 0.01, 'a layout shift at takeover');
    await context.close();
  });

  test(`the app takes over at "${query}": the copy goes, the page reads exactly as the copy did, input works`, async () => {
    const context = await dashboard.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = recordProblems(page);
    // The wasm held back until the copy is all in, so this run shows it before the app.
    const release = await holdTheApp(page);
    await page.goto(dashboard.server.url + query);
    await theCopyIsIn(page, query);
    assert.ok(await copyShown(page));
    const copied = await page.locator('#ndbg-prerendered').innerText();
    // The tab already names the report as the app does, and keeps that name through the
    // takeover (every title written until then is recorded).
    const title = await page.title();
    assert.match(title, english ? / · Open Government Information Report Dashboard$/ : / · 政府信息公开年报看板$/);
    await page.evaluate(() => {
      window.__titles = [];
      new MutationObserver(() => window.__titles.push(document.title))
        .observe(document.querySelector('title'), { childList: true, characterData: true, subtree: true });
    });
    release();
    await appTookOver(page);
    assert.equal(await page.title(), title);
    assert.ok((await page.evaluate(() => window.__titles)).every((t) => t === title), `the tab read ${await page.evaluate(() => window.__titles.join(' | '))}`);
    assert.equal(await page.locator('.report-title').count(), 1);
    const live = await page.locator('#ndbg-app').innerText();
    assert.equal(live.replace(/\s+/g, ' ').trim(), copied.replace(/\s+/g, ' ').trim());
    await page.locator('.language-switch').click();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, english ? 'zh-CN' : 'en');
    assert.match(await page.locator('.key-figures').innerText(), english ? /收到申请/ : /Requests received/);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
