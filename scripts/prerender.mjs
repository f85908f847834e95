// Puts the default report's page, as the app draws it, into dist/index.html, so a visitor
// on a slow network reads the report (title, key figures, every chart and table) before the
// wasm has arrived. Run by scripts/build after Trunk.
//
// The copy is the app's own page taken from headless Chromium at a phone's width
// (412 × 823), in Chinese and the light theme: no second renderer to keep in step. It goes
// in `<div id="ndbg-prerendered" hidden inert>`, shown only when public/first-view.js says
// the address and settings are those it was made for (the report it shows is named in
// `<meta name="ndbg-prerendered-report">`); the app takes over from it once its own page is
// built (src/ui/prerendered.rs). Change the default report and this must run again
// (scripts/build does).
//   node scripts/prerender.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const INDEX = resolve(import.meta.dirname, '../dist/index.html');
const START = '<!--ndbg-prerendered-->';
const END = '<!--/ndbg-prerendered-->';
const REPORT_META = /<meta name="ndbg-prerendered-report" content="[^"]*">\n?/;

// A page prerendered by an earlier run is taken out first: the app is copied, not a copy.
const html = readFileSync(INDEX, 'utf8').replace(new RegExp(`${START}[\\s\\S]*?${END}\\n?`), '').replace(REPORT_META, '');
writeFileSync(INDEX, html);

const server = await serveDist();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let copy;
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, colorScheme: 'light' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  const reports = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.slice(1);
    if (/^reports\/.*\.json$/.test(path) && path !== 'reports/index.json') reports.push(path);
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('html[data-ndbg-built]', { state: 'attached', timeout: 60000 });
  copy = await page.evaluate(async () => {
    const charts = [...document.querySelectorAll('img.chart-image')];
    await Promise.all(charts.map((img) => img.decode()));
    const parts = [...document.getElementById('ndbg-app').children];
    const styled = parts.flatMap((e) => [...e.querySelectorAll('[style]')]).length;
    return { html: parts.map((e) => e.outerHTML.replaceAll("<!---->", "")).join("\n"), charts: charts.length, styled, title: document.querySelector('.report-title')?.textContent };
  });
  if (problems.length) throw new Error(`the page reported errors: ${problems.join('; ')}`);
  // A strict Content-Security-Policy (style-src 'self') refuses style attributes.
  if (copy.styled) throw new Error(`${copy.styled} elements carry a style attribute`);
  if (!copy.charts || !copy.title) throw new Error('the page has no report title or no chart');
  if (new Set(reports).size !== 1) throw new Error(`expected the page to fetch one report, it fetched ${reports.join(', ')}`);
  copy.report = reports[0];
} finally {
  await browser.close();
  server.close();
}

const marker = '<!-- scripts/prerender.mjs puts the default report\'s page here, as the app draws it. -->';
if (!html.includes(marker)) throw new Error(`dist/index.html has no marker for the copy: ${marker}`);
const meta = `<meta name="ndbg-prerendered-report" content="${copy.report}">`;
// Before first-view.js, which reads it.
const guard = '<script src="first-view.js"></script>';
if (!/^[\w./-]+$/.test(copy.report) || !html.includes(guard)) throw new Error(`cannot name ${copy.report} in dist/index.html`);
writeFileSync(INDEX, html
  .replace(guard, `${meta}\n  ${guard}`)
  .replace(marker, `${marker}\n${START}<div id="ndbg-prerendered" hidden inert>${copy.html}</div>${END}`));
console.log(`prerendered "${copy.title}" (${copy.report}) into dist/index.html: ${copy.charts} charts, ${copy.html.length} characters`);
