import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto('http://127.0.0.1:4431/en/checklists/product-compliance/#pc-eu-responsible-person');
await page.waitForTimeout(5000);
console.log(await page.evaluate(() => { const el = document.getElementById('pc-eu-responsible-person'); const a = el.getBoundingClientRect().top; el.scrollIntoView({ block: 'start', behavior: 'instant' }); const b = el.getBoundingClientRect().top; el.scrollIntoView({ block: 'start' }); return [a, b, el.getBoundingClientRect().top, getComputedStyle(el).scrollMarginTop, getComputedStyle(document.documentElement).scrollPaddingTop, getComputedStyle(document.documentElement).scrollBehavior]; }));
await browser.close();
