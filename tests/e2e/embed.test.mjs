// Embedding end to end: nginx serves dist/ under a subfolder with the strict CSP header; a
// portal page on another origin pastes the snippet of docs/embedding.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appTookOver, copyIsIn, holdTheApp, launchBrowser, recordProblems } from './harness.mjs';
import { startNginx, CSP } from './nginx.mjs';

let nginx;
let browser;

// The snippet exactly as docs/embedding.md gives it, with the example host replaced.
async function docsSnippet() {
  const doc = await readFile(resolve(import.meta.dirname, '../../docs/embedding.md'), 'utf8');
  const block = doc.split('<!-- embed-snippet:start -->')[1].split('<!-- embed-snippet:end -->')[0];
  return block.replace(/^\s*```html\n/, '').replace(/```\s*$/, '');
}

before(async () => {
  const snippet = await docsSnippet();
  nginx = await startNginx({
    'index.html': ({ dashboardOrigin }) => {
      const dashboard = `${dashboardOrigin}/xxgk/ndbg/dashboard/`;
      const pasted = snippet
        .replaceAll('https://www.example.gov.cn/xxgk/ndbg/dashboard/', dashboard)
        .replaceAll("'https://www.example.gov.cn'", `'${dashboardOrigin}'`);
      return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Portal</title></head>
<body>
<h1>Portal page on another origin</h1>
<script>
  window.__messages = [];
  window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
</script>
${pasted}
<iframe class="ndbg-embed" title="outcomes" scrolling="no" style="display:block;width:100%;height:300px;border:0"
  src="${dashboard}?embed=1&amp;id=b&amp;view=outcomes&amp;theme=dark&amp;report=reports/shanghai-gov-office-2019.json"></iframe>
<iframe class="ndbg-embed" title="narrow" scrolling="no" style="display:block;width:280px;height:300px;border:0"
  src="${dashboard}?embed=1&amp;id=c&amp;accent=c00000"></iframe>
</body></html>`;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** A context that records CSP violations in every frame, before any of its scripts run. */
async function recordingContext(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

test('the site works from a subfolder under the strict policy, with no violation', async () => {
  const response = await fetch(nginx.dashboard);
  assert.equal(response.headers.get('content-security-policy'), CSP);
  const context = await recordingContext();
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(nginx.dashboard);
  await page.waitForSelector('.report');
  await appTookOver(page);
  await page.locator('.chart-image').first().waitFor();
  assert.match(await page.locator('body').innerText(), /2828条/);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone, a bundled report\'s copy is fetched and shown from the subfolder under the strict policy', async () => {
  const context = await recordingContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  // The wasm held back until the copy is in, so the copy is what shows first.
  const release = await holdTheApp(page);
  await page.goto(`${nginx.dashboard}?report=reports/hongze-2024.json`);
  await copyIsIn(page, '洪泽区');
  assert.ok(await page.evaluate(() => document.getElementById('ndbg-prerendered').checkVisibility()));
  assert.match(await page.locator('#ndbg-prerendered').innerText(), /2428条/);
  release();
  await appTookOver(page);
  assert.match(await page.locator('#ndbg-app').innerText(), /2428条/);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an embed far down the page, out of sight, builds its whole report before it is scrolled to', async () => {
  // Browsers draw no frames in a cross-origin frame out of sight; work put off until after
  // a frame must not wait for one there.
  // A window so short that the last embed starts out of sight.
  const context = await recordingContext({ viewport: { width: 1024, height: 300 } });
  const page = await context.newPage();
  await page.goto(nginx.portal);
  const frame = await (async () => {
    for (;;) {
      const f = page.frames().find((f) => f.url().includes('id=c'));
      if (f) return f;
      await page.waitForTimeout(50);
    }
  })();
  // The report's text is its last panel, built in the last turn; in the app's page, as
  // index.html's copy of the default report (removed when the app starts) has one too.
  await frame.waitForSelector('#ndbg-app .report-text', { state: 'attached', timeout: 15000 });
  assert.ok(await page.locator('iframe[src*="id=c"]').evaluate((f) => f.getBoundingClientRect().top > window.innerHeight), 'the embed was in sight');
  assert.match(await frame.locator('body').innerText(), /复议|行政复议/);
  await context.close();
});

test('embedded on another origin: figures render, heights arrive, no inner scrollbar, no violation', async () => {
  const context = await recordingContext();
  const page = await context.newPage();
  await page.goto(nginx.portal);
  const frameOf = (id) => page.frames().find((f) => f.url().includes(`id=${id}`));
  await page.waitForFunction(() => new Set(window.__messages.filter((m) => m.data?.type === 'ndbg:height').map((m) => m.data.id)).size === 3, null, { timeout: 20000 });
  // Content settles (report fetched, charts drawn) and each iframe follows its messages.
  // Browsers pause rendering (and so ResizeObserver) in cross-origin frames out of view: a
  // frame reports its final height once it is scrolled to, as a reader would.
  for (const id of ['report-2024', 'b', 'c']) {
    const frame = frameOf(id);
    await page.locator(`iframe[src*="id=${id}"]`).scrollIntoViewIfNeeded();
    await frame.locator('.chart-image').first().waitFor();
    await frame
      .waitForFunction(() => document.documentElement.scrollHeight <= window.innerHeight, null, { timeout: 10000 })
      .catch(async (e) => {
        const seen = await frame.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
        const sent = await page.evaluate((id) => window.__messages.filter((m) => m.data?.id === id).map((m) => m.data.height), id);
        throw new Error(`${id}: content ${seen[0]} px, frame ${seen[1]} px, sent ${sent}: ${e.message}`);
      });
  }

  const a = frameOf('report-2024');
  assert.match(await a.locator('body').innerText(), /淮安市洪泽区人民政府/);
  assert.match(await a.locator('body').innerText(), /本年新收 95 \+ 上年结转 0 = 95/);
  assert.equal(await a.locator('.site-header').count(), 0, 'no site chrome in embed mode');
  const source = a.locator('.embed-source a');
  assert.equal(await source.getAttribute('target'), '_blank');
  assert.ok(!(await source.getAttribute('href')).includes('embed=1'));

  const messages = await page.evaluate(() => window.__messages);
  for (const m of messages) assert.equal(m.origin, nginx.dashboardOrigin);
  const own = messages.filter((m) => m.data?.type === 'ndbg:height');
  assert.ok(own.every((m) => Number.isInteger(m.data.height) && m.data.height > 100));
  const dw = messages.filter((m) => m.data?.['datawrapper-height']);
  assert.ok(dw.some((m) => m.data['datawrapper-height']['report-2024'] > 100), 'Datawrapper-style message');

  for (const id of ['report-2024', 'b', 'c']) {
    const frame = frameOf(id);
    const inner = await frame.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      innerHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      csp: window.__csp,
    }));
    assert.ok(inner.scrollHeight <= inner.innerHeight, `${id}: inner scrollbar ${inner.scrollHeight} > ${inner.innerHeight}`);
    assert.ok(inner.scrollWidth <= inner.innerWidth, `${id}: sideways scroll ${inner.scrollWidth} > ${inner.innerWidth}`);
    assert.deepEqual(inner.csp, [], `${id}: CSP violations`);
    const last = own.filter((m) => m.data.id === id).at(-1).data.height;
    const iframeHeight = await page.locator(`iframe[src*="id=${id}"]`).evaluate((f) => f.getBoundingClientRect().height);
    assert.equal(Math.round(iframeHeight), last, `${id}: the iframe takes the last height sent`);
  }
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test('?view= shows one panel, and the dark theme and the accent apply', async () => {
  const context = await recordingContext();
  const page = await context.newPage();
  await page.goto(nginx.portal);
  const frameOf = (id) => page.frames().find((f) => f.url().includes(`id=${id}`));
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.id === 'b'), null, { timeout: 20000 });
  const b = frameOf('b');
  await b.locator('.request-outcomes').waitFor();
  assert.equal(await b.locator('.request-outcomes').count(), 1);
  for (const other of ['.report-header', '.categories', '.applicant-mix', '.appeals', '#findings']) {
    assert.equal(await b.locator(other).count(), 0, `${other} is not shown with view=outcomes`);
  }
  const colours = await b.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
  }));
  assert.equal(colours.theme, 'dark');
  assert.equal(colours.background, 'rgb(22, 27, 34)');
  assert.equal(colours.text, 'rgb(230, 237, 243)');
  const svg = decodeURIComponent((await b.locator('.chart-image').first().getAttribute('src')).split(',').slice(1).join(','));
  assert.match(svg, /fill="#161B22"/i, 'the chart is drawn on the dark background');

  const c = frameOf('c');
  await c.locator('.report').waitFor();
  const accent = await c.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ndbg-accent').trim());
  assert.equal(accent, '#c00000');
  await context.close();
});

test('theme=auto follows the system setting', async () => {
  const context = await recordingContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(nginx.dashboard);
  await page.waitForSelector('.report');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});
