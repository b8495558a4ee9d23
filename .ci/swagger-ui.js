// Swagger UI in a real browser (README "API conventions"): every operation of the document appears in a stage's
// group, and the credentials given to the Authorize button are sent and accepted (listEnums answers 401 without
// credentials, which .ci/run checks with curl; a browser would hold that request at its own login prompt).
// Usage: BASE=http://127.0.0.1:8080 USERNAME=admin PASSWORD=... node .ci/swagger-ui.js
const { chromium } = require('playwright-core');

(async () => {
  const base = process.env.BASE;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`${base}/swagger-ui/index.html`, { waitUntil: 'networkidle' });
  await page.waitForSelector('select#select option', { state: 'attached' });
  const groups = await page.$$eval('select#select option', options => options.map(o => o.textContent));
  let shown = 0;
  for (const group of groups) {
    await page.selectOption('select#select', { label: group });
    await page.waitForSelector('.information-container');
    await page.waitForTimeout(300);
    const count = await page.locator('.opblock').count();
    console.log(`  ${group}: ${count} operations`);
    shown += count;
  }
  const documented = Object.values((await (await fetch(`${base}/v3/api-docs`)).json()).paths)
    .reduce((n, item) => n + Object.keys(item).length, 0);
  if (shown !== documented) throw new Error(`Swagger UI shows ${shown} operations, the document has ${documented}`);

  await page.selectOption('select#select', { label: groups.find(g => g.includes('Platform')) });
  const operation = page.locator('[id$="-listEnums"]');
  await operation.locator('.opblock-summary').first().click();
  await operation.locator('button.try-out__btn').click();
  const status = async () => {
    await operation.locator('button.execute').click();
    const cell = operation.locator('.live-responses-table tbody .response-col_status').first();
    await cell.waitFor();
    const code = (await cell.textContent()).trim();
    await operation.locator('button.btn-clear').click();
    return code;
  };
  let sent = null;
  page.on('request', request => { if (request.url().endsWith('/api/v1/enums')) sent = request.headers()['authorization']; });
  await page.click('button.authorize');
  await page.locator('.auth-container input[type=text]').first().fill(process.env.USERNAME);
  await page.locator('.auth-container input[type=password]').first().fill(process.env.PASSWORD);
  await page.locator('.auth-container button.authorize').first().click();
  await page.click('button.btn-done');
  const after = await status();
  if (!sent || !sent.startsWith('Basic ') || after !== '200') throw new Error(`listEnums after Authorize: ${after}, Authorization ${sent}`);
  console.log(`Swagger UI: ${shown} operations in ${groups.length} groups; after Authorize listEnums sent HTTP Basic and answered ${after}`);
  await browser.close();
})().catch(error => { console.error(error); process.exit(1); });
