// Shared pieces of the end-to-end tests: a static server for dist/ and a headless Chromium.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { TYPES } from '../../scripts/serve-dist.mjs';

export const DIST = resolve(import.meta.dirname, '../../dist');
// Test files (broken, altered and synthetic reports), served under /fixtures/.
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');
// SYNTHETIC collections written by scripts/synthetic-collection.mjs, served under /synthetic/.
export const SYNTHETIC = resolve(process.env.NDBG_SYNTHETIC_DIR ?? join(tmpdir(), 'ndbg-synthetic'));


/** Serves dist/ (and tests/fixtures/ under /fixtures/) on a free loopback port, answering a
 *  missing file with 404, not with index.html. */
export async function serveDist() {
  const flaky = new Map();
  const held = new Set();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    // Network faults, for the tests of what a visitor sees when things go wrong.
    if (path.startsWith('/faults/')) {
      const name = path.slice('/faults/'.length);
      if (name === '404.json') return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      if (name === '500.json') return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
      if (name === 'slow.json') {
        held.add(res);
        return;
      }
      if (name === 'page.json') {
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<!DOCTYPE html><html><body>Portal home</body></html>');
      }
      if (name === 'plain.json') return res.writeHead(200, { 'content-type': 'text/plain' }).end('report: 14件');
      if (name === 'big.json') {
        // Just under the 2 MiB limit: the Hongze report with 1.8 MB of text.
        const report = JSON.parse(await readFile(join(DIST, 'reports/hongze-2024.json'), 'utf8'));
        const paragraph = '本段为测试用的长文本。'.repeat(60);
        report.texts = [{ section: 'other', title: '长文本', paragraphs: Array(1000).fill(paragraph) }];
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(report));
      }
      if (name === 'flaky.json') {
        const seen = flaky.get(req.url) ?? 0;
        flaky.set(req.url, seen + 1);
        if (seen === 0) return res.writeHead(500).end();
        const body = await readFile(join(DIST, 'reports/hongze-2024.json'));
        return res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      }
    }
    const [root, rest] = path.startsWith('/fixtures/')
      ? [FIXTURES, path.slice('/fixtures'.length)]
      : path.startsWith('/synthetic/')
        ? [SYNTHETIC, path.slice('/synthetic'.length)]
        : [DIST, path];
    let file = normalize(join(root, rest));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => {
      for (const res of held) res.destroy();
      server.closeAllConnections?.();
      return new Promise((ok) => server.close(ok));
    },
  };
}

/** Debian's Chromium, started as the tests need it here (as root, no network beyond loopback). */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Waits until the app has built its page (the report's panels come one task after
 *  another) and taken over from the prerendered copy of the default report's page (which
 *  is inert, and would otherwise be found twice by a selector). */
export async function appTookOver(page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-ndbg-built') && !document.getElementById('ndbg-prerendered'), null, { timeout: 20000 });
}

/** Waits until the copy of the report whose title holds `title` is all in #ndbg-prerendered
 *  (its footer is the last piece). index.html holds the default report's copy from the start,
 *  so a selector alone would find the default's before another report's copy replaces it. */
export async function copyIsIn(page, title) {
  await page.waitForFunction((title) => {
    const copy = document.getElementById('ndbg-prerendered');
    return copy?.querySelector('.report-title')?.textContent.includes(title) && copy.querySelector('.site-footer') !== null;
  }, title);
}

/** Holds the page's wasm back until the returned function is called, so what index.html
 *  and a prerendered copy show can be seen before the app starts. */
export async function holdTheApp(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** The console errors and uncaught exceptions of `page`, as they come. */
export function recordProblems(page) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(browser, url, { width = 1280, height = 900, scale = 1, waitFor = '.report, .load-error' } = {}) {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
  });
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(url);
  await page.waitForSelector(waitFor, { timeout: 20000 });
  await appTookOver(page);
  return { page, problems, context };
}

/** Where the middle of row `i` of a bar chart image is on the page. Rows are 38 px tall
 *  from 6 px down in the chart's own pixels, or 52 px when drawn under 480 px wide. */
export async function chartRowPoint(chart, i) {
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const [natural, naturalWidth] = await chart.evaluate((img) => [img.naturalHeight, img.naturalWidth]);
  const topPx = 6;
  const rowPx = naturalWidth < 480 ? 52 : 38;
  return { x: box.x + box.width * 0.3, y: box.y + ((topPx + rowPx * i + rowPx / 2) * box.height) / natural };
}

/** Starts the static server and the browser before a test file's tests and stops them
 *  after; the returned object holds `server` and `browser` once started. */
export function setUpDashboard() {
  const shared = {};
  before(async () => {
    shared.server = await serveDist();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
