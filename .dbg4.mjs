import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
page.on('console', (m) => console.log('console:', m.text()));
await page.addInitScript(() => {
  const siv = Element.prototype.scrollIntoView; Element.prototype.scrollIntoView = function (o) { const b = this.getBoundingClientRect().top; siv.call(this, o); console.log('siv', this.id, b, '->', this.getBoundingClientRect().top, scrollY); requestAnimationFrame(() => console.log('next frame', this.getBoundingClientRect().top, scrollY)); setTimeout(() => console.log('later', this.getBoundingClientRect().top, scrollY), 500); };
  const sb = window.scrollBy; window.scrollBy = function (...a) { console.log('scrollBy', JSON.stringify(a)); return sb.apply(this, a); };
});
await page.goto('http://127.0.0.1:4431/en/checklists/product-compliance/#pc-eu-responsible-person');
await page.waitForTimeout(5000);
await browser.close();
