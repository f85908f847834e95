// Puts each bundled report's page, as the app draws it, where a visitor on a slow network
// reads it (title, key figures, every chart and table) before the wasm has arrived. Run by
// scripts/build after Trunk.
//
// A copy is the app's own page taken from headless Chromium at a phone's width (412 × 823):
// no second renderer to keep in step.
// - The default report's page in Chinese, light, goes into dist/index.html, in
//   `<div id="ndbg-prerendered" hidden inert>`, and the report is named in
//   `<meta name="ndbg-prerendered-report">`.
// - Every other report in the bundled index gets a copy of its own in Chinese, and every
//   report one in English, and both again in the dark theme:
//   dist/prerendered/<name>[-en][-dark]-<hash>.html (what goes inside that element, after a
//   first line naming the page), listed in `<meta name="ndbg-prerendered-copies">` as
//   `report=file`, `en:report=file`, `dark:report=file` and `en:dark:report=file`: a link
//   shared to a bundled report, or opened in English or on a phone set to dark, gets its
//   copy soon after the page, instead of waiting for the wasm. The hash of its content is
//   in its name, so the index.html a visitor gets (revalidated) names the copy of the same
//   build, never an older one held in a cache.
// public/first-view.js shows a copy only when the address and settings are those it was
// made for; the app takes over from it once its own page is built (src/ui/prerendered.rs).
// Change a bundled report and this must run again (scripts/build does).
//   node scripts/prerender.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './serve-dist.mjs';

const DIST = resolve(import.meta.dirname, '../dist');
const INDEX = resolve(DIST, 'index.html');
const COPIES = resolve(DIST, 'prerendered');
const START = '<!--ndbg-prerendered-->';
const END = '<!--/ndbg-prerendered-->';
const METAS = /<meta name="ndbg-prerendered-(report|copies)" content="[^"]*">\n\s*/g;

// Copies made by an earlier run are taken out first: the app is copied, not a copy.
const html = readFileSync(INDEX, 'utf8').replace(new RegExp(`${START}[\\s\\S]*?${END}\\n?`), '').replace(METAS, '');
writeFileSync(INDEX, html);
rmSync(COPIES, { recursive: true, force: true });

// The bundled reports, as the app's own list names them (relative to reports/index.json).
const bundled = JSON.parse(readFileSync(resolve(DIST, 'reports/index.json'), 'utf8')).reports.map((r) => `reports/${r.path}`);

const server = await serveDist();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** The page at `query`, as the app draws it: its parts' HTML, and the one report it fetched. */
async function copyOf(query, colorScheme = 'light') {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, colorScheme });
  try {
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    const reports = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname.slice(1);
      if (/^reports\/.*\.json$/.test(path) && path !== 'reports/index.json') reports.push(path);
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/${query}`);
    await page.waitForSelector('html[data-ndbg-built]', { state: 'attached', timeout: 60000 });
    const copy = await page.evaluate(async () => {
      const charts = [...document.querySelectorAll('img.chart-image')];
      await Promise.all(charts.map((img) => img.decode()));
      const parts = [...document.getElementById('ndbg-app').children];
      const all = parts.flatMap((e) => [e, ...e.querySelectorAll('*')]);
      const styled = all.filter((e) => e.hasAttribute('style')).length;
      // Nothing in a copy may run or load anything: no script, frame or embedded object, no
      // event handler, no link to a javascript: address.
      const active = all.filter((e) => /^(script|iframe|object|embed|base|link|meta)$/i.test(e.tagName) ||
        [...e.attributes].some((a) => /^on/i.test(a.name) || (/^(href|src|action|formaction)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)))).length;
      return { html: parts.map((e) => e.outerHTML.replaceAll('<!---->', '')).join('\n'), charts: charts.length, styled, active, title: document.querySelector('.report-title')?.textContent, lang: document.documentElement.lang, theme: document.documentElement.dataset.theme };
    });
    if (problems.length) throw new Error(`${query || 'the default address'}: the page reported errors: ${problems.join('; ')}`);
    // A strict Content-Security-Policy (style-src 'self') refuses style attributes; and a
    // copy is the app's page as text, never anything that runs.
    if (copy.styled) throw new Error(`${query}: ${copy.styled} elements carry a style attribute`);
    if (copy.active) throw new Error(`${query}: ${copy.active} elements could run or load something (a script, a frame, an event handler, a javascript: link)`);
    if (!copy.charts || !copy.title) throw new Error(`${query}: the page has no report title or no chart`);
    if (new Set(reports).size !== 1) throw new Error(`${query}: expected the page to fetch one report, it fetched ${reports.join(', ')}`);
    return { ...copy, report: reports[0] };
  } finally {
    await context.close();
  }
}

let first;
const others = [];
try {
  first = await copyOf('');
  if (first.lang !== 'zh-CN' || first.theme !== 'light') throw new Error(`the default address is in ${first.lang}, ${first.theme}, not Chinese, light`);
  // `key`: how index.html lists the copy, and what its first line names.
  for (const [lang, theme] of [['zh-CN', 'light'], ['en', 'light'], ['zh-CN', 'dark'], ['en', 'dark']]) {
    const [english, dark] = [lang === 'en', theme === 'dark'];
    const prefix = `${english ? 'en:' : ''}${dark ? 'dark:' : ''}`;
    const suffix = `${english ? '-en' : ''}${dark ? '-dark' : ''}`;
    for (const report of bundled) {
      if (!prefix && report === first.report) continue;
      // Dark as the system's setting makes it (the address's theme is "auto", or none).
      const query = `?report=${report}${english ? '&lang=en' : ''}`;
      const copy = await copyOf(query, theme);
      if (copy.report !== report) throw new Error(`${query} fetched ${copy.report}`);
      if (copy.lang !== lang || copy.theme !== theme) throw new Error(`${query} (${theme}) is in ${copy.lang}, ${copy.theme}, not ${lang}, ${theme}`);
      others.push({ ...copy, key: prefix + report, suffix });
    }
  }
} finally {
  await browser.close();
  server.close();
}

const marker = '<!-- scripts/prerender.mjs puts the default report\'s page here, as the app draws it. -->';
if (!html.includes(marker)) throw new Error(`dist/index.html has no marker for the copy: ${marker}`);
// Before first-view.js, which reads them.
const guard = '<script src="first-view.js"></script>';
for (const { report } of [first, ...others]) {
  if (!/^reports\/[\w.-]+\.json$/.test(report) || !html.includes(guard)) throw new Error(`cannot name ${report} in dist/index.html`);
}
// Each other copy's file: first a line naming its report, which first-view.js checks (a
// host that answers a missing file with another page must not have that page shown).
for (const copy of others) {
  copy.text = `<!--ndbg-copy ${copy.key}-->\n${copy.html}`;
  const hash = createHash('sha256').update(copy.text).digest('hex').slice(0, 12);
  copy.file = `prerendered/${basename(copy.report, '.json')}${copy.suffix}-${hash}.html`;
}
const metas = [
  `<meta name="ndbg-prerendered-report" content="${first.report}">`,
  `<meta name="ndbg-prerendered-copies" content="${others.map((c) => `${c.key}=${c.file}`).join(' ')}">`,
];
writeFileSync(INDEX, html
  .replace(guard, `${metas.join('\n  ')}\n  ${guard}`)
  .replace(marker, `${marker}\n${START}<div id="ndbg-prerendered" hidden inert>${first.html}</div>${END}`));
console.log(`prerendered "${first.title}" (${first.report}) into dist/index.html: ${first.charts} charts, ${first.html.length} characters`);
mkdirSync(COPIES, { recursive: true });
for (const copy of others) {
  writeFileSync(resolve(DIST, copy.file), copy.text);
  console.log(`prerendered "${copy.title}" (${copy.key}) into dist/${copy.file}: ${copy.charts} charts, ${copy.html.length} characters`);
}
