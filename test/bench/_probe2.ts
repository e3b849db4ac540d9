import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const PORT = 4184, BASE = `http://127.0.0.1:${PORT}/`;
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', cwd: '/work/main' });
await new Promise((r) => setTimeout(r, 3000));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ serviceWorkers: 'block' });
await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
const page = await context.newPage();
for (let run = 0; run < 3; run++) {
await page.goto(BASE, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const result = await page.evaluate(() => new Promise<unknown>((resolve) => {
  const long: Array<[number, number]> = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) long.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' });
  const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) => a.textContent === 'Vocabulary')!;
  const start = performance.now();
  performance.clearResourceTimings();
  link.click();
  const marks: Record<string, number> = {};
  const check = () => {
    if (!marks.loading && document.querySelector('.vocabulary-page')) marks.page = performance.now() - start;
    if (document.querySelector('.word-item')) {
      requestAnimationFrame(() => resolve({ total: performance.now() - start, marks, start: Math.round(start), long, res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime - start), Math.round(r.duration)]) }));
    } else requestAnimationFrame(check);
  };
  check();
}));
console.log(JSON.stringify(result));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}
await browser.close(); server.kill();
