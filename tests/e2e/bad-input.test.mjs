// Broken and hostile input end to end: every file of the corpus (tests/fixtures/bad/) gets
// its message or loads, nothing from a report runs, network faults get a message and a
// retry, and a local file opens through the file picker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { FIXTURES, openPage, setUpDashboard } from './harness.mjs';

const EXPECTED = JSON.parse(await readFile(resolve(FIXTURES, 'bad/expected.json'), 'utf8'));

const dashboard = setUpDashboard();

/** A page where any script from report data would set window.__pwned. */
async function guardedPage(url, options) {
  const context = await dashboard.browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  await context.addInitScript(() => {
    window.__pwned = false;
    for (const name of ['alert', 'confirm', 'prompt']) window[name] = () => { window.__pwned = true; };
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector('.report, .load-error', { timeout: 20000 });
  return { page, context, errors };
}

test('every file of the corpus gets its located message or loads; none leaves a blank page', async () => {
  const problems = [];
  for (const [file, expected] of Object.entries(EXPECTED)) {
    const { page, context, errors } = await guardedPage(`${dashboard.server.url}?report=fixtures/bad/${file}`);
    const shown = await page.locator('main').innerText();
    if (file === 'html-page.json') {
      // Over HTTP a web page is recognised before it is parsed, with its own message.
      if (!shown.includes('返回的是网页而不是报告数据')) problems.push(`${file}: «${shown.slice(0, 200)}»`);
    } else if (expected.error) {
      const e = expected.error;
      if (!(await page.locator('.load-error').isVisible())) problems.push(`${file}: no error panel`);
      if (e.line && !shown.includes(`第 ${e.line} 行`)) problems.push(`${file}: no line ${e.line} in «${shown.slice(0, 200)}»`);
      if (e.path && e.path !== '(top level)' && !shown.includes(e.path)) problems.push(`${file}: no path ${e.path} in «${shown.slice(0, 200)}»`);
    } else if (!(await page.locator('.report').isVisible())) {
      problems.push(`${file}: should load, shows «${shown.slice(0, 200)}»`);
    } else {
      // What the loader accepted but the author should know is said, with its place.
      const notes = (await page.locator('.load-warnings').count()) ? await page.locator('.load-warnings').innerText() : '';
      for (const w of expected.loads.warnings.slice(0, 3)) {
        if (!notes.includes(`第 ${w.line} 行第 ${w.column} 列`)) problems.push(`${file}: no warning at line ${w.line}, column ${w.column}`);
      }
    }
    if (errors.length) problems.push(`${file}: page errors ${errors}`);
    if (await page.evaluate(() => window.__pwned)) problems.push(`${file}: a script from the data ran`);
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('hostile text is inert everywhere: page, title, chart, links', async () => {
  for (const file of Object.keys(EXPECTED).filter((f) => f.startsWith('hostile-'))) {
    const { page, context } = await guardedPage(`${dashboard.server.url}?report=fixtures/bad/${file}&lang=en`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const state = await page.evaluate(() => ({
      pwned: window.__pwned,
      // The site's own two: start.js and first-view.js.
      scripts: [...document.querySelectorAll('script')].filter((s) => !/\/(start|first-view)\.js$/.test(s.src)).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      // Any link with a scheme other than http(s) (javascript:, data:, …); paths on the site are fine.
      jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => {
        const href = a.getAttribute('href').trim();
        return /^[a-z][a-z0-9+.-]*:/i.test(href) ? !/^https?:/i.test(href) : /^[/\\]{2}/.test(href);
      }).length,
      scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    assert.deepEqual(state, { pwned: false, scripts: 0, handlers: 0, jsLinks: 0, scroll: 0 }, file);
    await context.close();
  }
  const { page, context } = await guardedPage(`${dashboard.server.url}?report=fixtures/bad/hostile-html.json`);
  await page.locator('.full-text summary').click();
  assert.match(await page.title(), /^<script>alert\('标题'\)<\/script>年度报告 · /, 'the title shows the markup as text');
  assert.match(await page.locator('.report-text').innerText(), /<img src=x onerror="alert\(1\)">/);
  await context.close();
});

const faults = [
  ['404.json', /找不到该文件（HTTP 404）/],
  ['500.json', /服务器出错（HTTP 500）/],
  ['page.json', /返回的是网页而不是报告数据/],
  ['plain.json', /文件不是有效的 JSON.*服务器声明的文件类型是 text\/plain，不是 JSON/s],
];

test('network faults each get a clear message and a retry', async () => {
  for (const [file, message] of faults) {
    const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=faults/${file}`);
    assert.match(await page.locator('.load-error').innerText(), message, file);
    assert.ok(await page.getByRole('button', { name: '重试' }).isVisible(), `${file}: retry`);
    await context.close();
  }
});

test('retry after a failure shows the report', async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=faults/flaky.json`);
  assert.match(await page.locator('.load-error').innerText(), /HTTP 500/);
  await page.getByRole('button', { name: '重试' }).click();
  await page.locator('.report').waitFor();
  assert.match(await page.locator('.report-title').innerText(), /淮安市洪泽区人民政府/);
  await context.close();
});

test('a cross-origin report without CORS gets a message that says so', async () => {
  const other = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  await new Promise((ok) => other.listen(0, '127.0.0.1', ok));
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=http://127.0.0.1:${other.address().port}/r.json`);
  assert.match(await page.locator('.load-error').innerText(), /跨域限制/);
  await context.close();
  await new Promise((ok) => other.close(ok));
});

test('a report that never arrives times out with a message', { timeout: 40000 }, async () => {
  const { page, context } = await openPage(dashboard.browser, `${dashboard.server.url}?report=faults/slow.json`);
  await page.locator('.load-error').waitFor({ timeout: 25000 });
  assert.match(await page.locator('.load-error').innerText(), /在 15 秒内没有响应/);
  await context.close();
});

test('a local file opens through the file picker, with its findings, nothing uploaded', async () => {
  const { page, context } = await openPage(dashboard.browser, dashboard.server.url);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('input[type=file]').setInputFiles(resolve(FIXTURES, 'e2e/hongze-2024-one-cell-changed.json'));
  await page.locator('.source-notice.local').waitFor();
  assert.match(await page.locator('.source-notice').innerText(), /没有上传.*hongze-2024-one-cell-changed\.json/s);
  assert.match(await page.locator('.finding-list').innerText(), /I3 表二 · （一）予以公开：应为 51，实为 50/);
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:')), [], 'no request was made');
  // A broken local file says where it is broken.
  await page.locator('input[type=file]').setInputFiles(resolve(FIXTURES, 'bad/count-14jian.json'));
  const message = await page.locator('.load-error').innerText();
  assert.match(message, /本地文件 count-14jian\.json 有误.*第 12 行第 24 列/s);
  // Fetching again cannot mend a local file: the page says what to do instead.
  assert.equal(await page.getByRole('button', { name: '重试' }).count(), 0);
  assert.match(message, /请改正文件后重新打开/);
  await context.close();
});

test('a file just under the size limit loads without freezing the page for long', async () => {
  const context = await dashboard.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${dashboard.server.url}?report=faults/big.json`);
  await page.locator('.report').waitFor({ timeout: 30000 });
  await page.locator('.chart-image').first().waitFor();
  const shownAfter = Date.now() - started;
  const longest = await page.evaluate(() => window.__longest);
  console.log(`# 1.8 MB report: shown after ${shownAfter} ms, longest task ${Math.round(longest)} ms`);
  assert.ok(longest < 1500, `the longest task took ${longest} ms`);
  await context.close();
});
