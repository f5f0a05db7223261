// Drives the Microsoft 365 Agents Playground page in headless Debian chromium, one scenario per run.
//
// Input (stdin): JSON {url, steps: [...], timeoutMs?, failureScreenshot?, viewport?}
// Output (stdout): JSON {ok, steps: [{do, ok, ms, text?}], error?, failedStep?, pageText?,
//                        pageErrors, blocked}
//
// Steps (each an object with "do"):
//   {do: "open"}                                   load the page and wait for the composer
//   {do: "send", text}                             type into the composer and press Send
//   {do: "waitCard", contains}                     wait for a card, new since the last send or
//                                                  click, whose text contains `contains`
//   {do: "waitText", contains}                     wait for a bot message containing the text
//   {do: "fill", label, value}                     fill an input (text or choice) of the current card
//   {do: "choose", option}                         tick a checkbox or radio of the current card by its title
//   {do: "click", button}                          click a button of the current card by title
//   {do: "screenshot", path, of?: "page"|"card"}   save a PNG
//   {do: "hideLogPanel"}                           close the Playground's log panel, for tidy screens.
//                                                  It re-mounts the chat pane, and cards that arrive
//                                                  afterwards lose what is typed into them: use it
//                                                  just before a final screenshot.
//   {do: "openChat", name}                         switch conversation, e.g. "Personal Chat" or
//                                                  "<team> - <channel>"
//
// The "current card" is the one the last waitCard found (else the newest card). After a click,
// the clicked card may be replaced in place, so it counts as new for the next waitCard.
// Requests to anything but loopback are aborted, so the run never leaves this machine.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const COMPOSER = 'div[role="textbox"][contenteditable="true"]';
const SEND = 'button[aria-label="Send Message"]';
const BUBBLE = '.fai-OutputCard';
const CARD = `${BUBBLE} .ac-adaptiveCard`;

function isLoopback(url) {
  try {
    const u = new URL(url);
    const web = u.protocol.startsWith('http') || u.protocol.startsWith('ws');
    return !web || LOOPBACK.has(u.hostname);
  } catch {
    return false;
  }
}

class Session {
  constructor(page, scenario) {
    this.page = page;
    this.url = scenario.url;
    this.timeout = scenario.timeoutMs ?? 15000;
    this.mark = 0;        // cards at or after this index count as new
    this.current = null;  // index of the card the last waitCard found
  }

  cards() { return this.page.locator(CARD); }

  async currentCard() {
    const index = this.current ?? (await this.cards().count()) - 1;
    if (index < 0) throw new Error('there is no card on the page');
    return this.cards().nth(index);
  }

  async open() {
    await this.page.goto(this.url, { waitUntil: 'domcontentloaded', timeout: this.timeout });
    await this.page.locator(COMPOSER).first().waitFor({ state: 'visible', timeout: this.timeout });
  }

  async send(step) {
    this.mark = await this.cards().count();
    this.current = null;
    const composer = this.page.locator(COMPOSER).first();
    await composer.click();
    await this.page.keyboard.type(step.text);
    await this.page.locator(SEND).first().click({ timeout: this.timeout });
  }

  async waitCard(step) {
    const deadline = Date.now() + this.timeout;
    for (;;) {
      const count = await this.cards().count();
      for (let i = count - 1; i >= this.mark; i--) {
        const text = await this.cards().nth(i).innerText().catch(() => '');
        if (text.includes(step.contains)) {
          this.current = i;
          await this.settle(i);
          return { text: await this.cards().nth(i).innerText() };
        }
      }
      if (Date.now() > deadline) {
        throw new Error(`no new card containing ${JSON.stringify(step.contains)} ` +
          `(cards on page: ${count}, new since last action: ${Math.max(0, count - this.mark)})`);
      }
      await this.page.waitForTimeout(100);
    }
  }

  // The Playground renders a new bubble again shortly after it appears, which drops anything
  // typed into it: wait until the card has stayed the same element for a moment.
  async settle(index, quietMs = 500) {
    let handle = await this.cards().nth(index).elementHandle();
    let since = Date.now();
    while (Date.now() - since < quietMs) {
      await this.page.waitForTimeout(100);
      const connected = await handle?.evaluate((el) => el.isConnected).catch(() => false);
      if (!connected) {
        handle = await this.cards().nth(index).elementHandle();
        since = Date.now();
      }
    }
  }

  async waitText(step) {
    const bubble = this.page.locator(BUBBLE, { hasText: step.contains }).last();
    await bubble.waitFor({ state: 'visible', timeout: this.timeout });
    return { text: await bubble.innerText() };
  }

  async fill(step) {
    const card = await this.currentCard();
    const field = card.getByLabel(step.label, { exact: false }).first();
    await field.waitFor({ state: 'visible', timeout: this.timeout });
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    if (tag === 'select') await field.selectOption({ label: step.value });
    else await field.fill(step.value);
  }

  async choose(step) {
    // Choice inputs are named by their whole group (aria-labelledby), so find the option's own
    // <label> and tick the input it is for.
    const card = await this.currentCard();
    const exact = new RegExp(`^\\s*${step.option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
    const label = card.locator('label', { hasText: exact }).first();
    await label.waitFor({ state: 'visible', timeout: this.timeout });
    const inputId = await label.getAttribute('for');
    if (!inputId) throw new Error(`the option ${JSON.stringify(step.option)} has no input`);
    await card.locator(`[id="${inputId}"]`).check({ timeout: this.timeout });
  }

  async click(step) {
    const card = await this.currentCard();
    const index = this.current ?? (await this.cards().count()) - 1;
    const button = card.getByRole('button', { name: step.button, exact: true }).first();
    await button.click({ timeout: this.timeout });
    this.mark = index;
    this.current = null;
  }

  async hideLogPanel() {
    await this.page.locator('button[title="Hide log panel"]').first().click({ timeout: this.timeout });
  }

  async openChat(step) {
    const item = this.page.locator(`[role="treeitem"][aria-label="${step.name}"]`).first();
    await item.click({ timeout: this.timeout });
    await this.page.locator(COMPOSER).first().waitFor({ state: 'visible', timeout: this.timeout });
    this.mark = await this.cards().count();
    this.current = null;
  }

  async screenshot(step) {
    mkdirSync(dirname(step.path), { recursive: true });
    if (step.of === 'card') await (await this.currentCard()).screenshot({ path: step.path });
    else await this.page.screenshot({ path: step.path });
    return { path: step.path };
  }
}

async function run(scenario) {
  const result = { ok: false, steps: [], pageErrors: [], blocked: [] };
  const profile = mkdtempSync(join(tmpdir(), 'policy-steward-chromium-'));
  let context;
  let session;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
      viewport: scenario.viewport ?? { width: 1400, height: 1000 },
      locale: 'en-GB', timezoneId: 'Europe/London',
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      if (result.blocked.length < 50) result.blocked.push(url);
      return route.abort();
    });
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (error) => result.pageErrors.push(String(error)));
    session = new Session(page, scenario);
    for (const [index, step] of scenario.steps.entries()) {
      const action = session[step.do];
      const started = Date.now();
      if (typeof action !== 'function' || step.do === 'constructor') {
        throw Object.assign(new Error(`unknown step "${step.do}"`), { step: index });
      }
      try {
        const detail = await action.call(session, step);
        result.steps.push({ do: step.do, ok: true, ms: Date.now() - started, ...(detail ?? {}) });
      } catch (error) {
        result.steps.push({ do: step.do, ok: false, ms: Date.now() - started });
        throw Object.assign(error, { step: index });
      }
    }
    result.ok = true;
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n').slice(0, 6).join('\n');
    result.failedStep = error?.step ?? null;
    if (session) {
      result.pageText = await session.page.locator('body').innerText().catch(() => '');
      if (scenario.failureScreenshot) {
        mkdirSync(dirname(scenario.failureScreenshot), { recursive: true });
        await session.page.screenshot({ path: scenario.failureScreenshot }).catch(() => {});
      }
    }
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  return result;
}

const scenario = JSON.parse(readFileSync(0, 'utf8'));
const result = await run(scenario);
process.stdout.write(JSON.stringify(result) + '\n');
process.exit(0);
