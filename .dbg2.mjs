import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 844 } });
await page.goto('http://127.0.0.1:4431/en/checklists/product-compliance/#pc-eu-responsible-person');
await page.waitForTimeout(2500);
console.log(await page.evaluate(() => {
  const id='pc-eu-responsible-person';
  const t = document.getElementById(id).getBoundingClientRect();
  const out = [`target top=${t.top} bottom=${t.bottom} h=${t.height} vh=${innerHeight}`];
  for (const el of document.querySelectorAll('body *')) { const cs = getComputedStyle(el); if ((cs.position === 'fixed' || cs.position === 'sticky') && cs.display !== 'none') { const b = el.getBoundingClientRect(); out.push(`${el.tagName}.${el.className} ${cs.position} top=${b.top} bottom=${b.bottom} l=${b.left} r=${b.right} h=${b.height}`); } }
  return out.join('\n');
}));
await browser.close();
