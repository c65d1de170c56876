import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
p.on('console', m => { if (/keyword|Backtrack|prefix|word|Found/i.test(m.text())) console.log('LOG', m.text().slice(0,200)); });
await p.goto('http://127.0.0.1:4441' + (process.env.LOC ?? '/'));
const r = await p.evaluate(async (queries) => {
  const pf = await import('/pagefind/pagefind.js');
  await pf.options({});
  const out = {};
  for (const q of queries) {
    const res = await pf.search(q, { verbose: true });
    out[q] = { n: res.results.length, kw: res.search_keywords, idf: res.query_term_idfs, words: res.results.slice(0,2).map(r => r.words?.length) };
  }
  return out;
}, process.argv.slice(2));
console.log(JSON.stringify(r));
await b.close();
