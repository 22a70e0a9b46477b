/**
 * The sandbox's console page in headless Chromium, as a person uses it: the timeline fills live
 * (server-sent events) when the app sends an SMS, the dial pad calls the app (the IVR example)
 * and shows the outcome and the XML the app answered, and the reset button empties everything.
 * SANDBOX_SCREENSHOT=assets/sandbox-console.png rewrites the screenshot the README shows.
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { createSettingsModule, createSMSModule, sipgateIO } from '../../lib';
import { startSandbox, type Sandbox } from '../../lib/sandbox';
import { startIvr } from '../../examples/ivr';
import type { WebhookServer } from '../../lib';

const skip = process.env.SKIP_BROWSER_TESTS === '1';
const describeBrowser = skip ? describe.skip : describe;

describeBrowser('the sandbox console in headless Chromium', () => {
  let browser: Browser;
  let sandbox: Sandbox;
  let ivr: WebhookServer;

  beforeAll(async () => {
    sandbox = await startSandbox();
    ivr = await startIvr({ port: 0, publicKey: sandbox.webhookPublicKey, hostname: '127.0.0.1' });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await ivr?.stop();
    await sandbox?.close();
  });

  it('shows requests and SMS live, calls the app from the dial pad, and resets', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 640 } });
    await page.goto(sandbox.consoleUrl);
    await page.getByText('Nothing yet').waitFor();

    const client = sipgateIO(sandbox.credentials, { baseUrl: sandbox.url });
    await createSettingsModule(client).setIncomingUrl(`http://127.0.0.1:${ivr.address().port}`);
    await createSMSModule(client).send({ smsId: 's0', to: '+4915799912345', message: 'Hello from the console test' });
    await page.getByText('SMS to +4915799912345: Hello from the console test').waitFor({ timeout: 10_000 });
    await page.getByText('POST /sessions/sms → 204').waitFor();

    await page.getByRole('button', { name: '1', exact: true }).click();
    expect(await page.inputValue('#digits')).toBe('1');
    await page.getByRole('button', { name: 'Call' }).click();
    await page.getByText('Outcome: voicemail').waitFor({ timeout: 10_000 });
    await page.getByText('newCall → HTTP 200').waitFor();
    // The XML the app answered is shown with its webhook exchange.
    expect(await page.locator('pre.answer').first().textContent()).toContain('<Response');
    expect(sandbox.calls).toEqual([expect.objectContaining({ direction: 'in', outcome: 'voicemail' })]);

    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(10_000);
    if (process.env.SANDBOX_SCREENSHOT) writeFileSync(process.env.SANDBOX_SCREENSHOT, shot);

    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByText('The sandbox was reset.').waitFor();
    expect(await page.locator('#timeline li').count()).toBe(1);
    expect(sandbox.sms).toEqual([]);
    await page.close();
  }, 60_000);

  it('refuses console actions from another origin (a web page cannot reset or call)', async () => {
    const response = await fetch(`${sandbox.consoleUrl}console/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    const form = await fetch(`${sandbox.consoleUrl}console/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(403);
  });
});
