// Takes the README's screenshots of the release build: `node scripts/screenshots.mjs`
// after `trunk build --release`. Writes docs/screenshot-*.png.
import { resolve } from 'node:path';
import { serveDist, launchBrowser, openPage } from '../tests/e2e/harness.mjs';

const DOCS = resolve(import.meta.dirname, '../docs');
const shots = [
  { name: 'screenshot-desktop-1280.png', query: '', width: 1280, height: 1600, scale: 1 },
  { name: 'screenshot-phone-375.png', query: '', width: 375, height: 1400, scale: 2 },
  { name: 'screenshot-shanghai-2019-1280.png', query: '?report=reports/shanghai-gov-office-2019.json', width: 1280, height: 1600, scale: 1 },
  { name: 'screenshot-hongze-2024-375.png', query: '?report=reports/hongze-2024.json', width: 375, height: 1400, scale: 2 },
];

const server = await serveDist();
const browser = await launchBrowser();
try {
  for (const s of shots) {
    const { page, context } = await openPage(browser, server.url + s.query, s);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(DOCS, s.name) });
    await context.close();
    console.log('wrote docs/' + s.name);
  }
} finally {
  await browser.close();
  await server.close();
}
