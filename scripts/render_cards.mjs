// Parse, validate and render Adaptive Cards with Microsoft's own JavaScript renderer (npm
// `adaptivecards`, the official HTML renderer that the Agents Playground also bundles), in headless
// Debian chromium, and save each rendered card as a PNG.
//
// Input (stdin): JSON {outDir, cards: [{name, card}], width?}
// Output (stdout): JSON {ok, cards: [{name, png, events: [{phase, event, message}], error?}], error?}
//
// `events` are the renderer's own findings: parse events from AdaptiveCard.parse with a
// SerializationContext, then AdaptiveCard.validateProperties(). Everything is loaded from
// node_modules; any request that leaves this machine is aborted.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const ADAPTIVECARDS = join(dirname(require.resolve('adaptivecards/package.json')), 'dist', 'adaptivecards.min.js');
const MARKDOWN_IT = join(dirname(require.resolve('markdown-it/package.json')), 'dist', 'markdown-it.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Close to Teams' light theme, so the pictures look like what people will see.
const FONT = "'Segoe UI', 'Liberation Sans', 'Noto Color Emoji', sans-serif";
// Teams' light-theme text colours, the same on plain and emphasis containers.
const FOREGROUND = {
  default: { default: '#242424', subtle: '#616161' },
  accent: { default: '#5B5FC7', subtle: '#444791' },
  attention: { default: '#C4314B', subtle: '#A4262C' },
  good: { default: '#237B4B', subtle: '#0E700E' },
  warning: { default: '#835C00', subtle: '#835C00' },
  dark: { default: '#242424', subtle: '#424242' },
  light: { default: '#FFFFFF', subtle: '#F5F5F5' },
};
const HOST_CONFIG = {
  fontFamily: FONT,
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  containerStyles: {
    default: {
      backgroundColor: '#FFFFFF',
      foregroundColors: FOREGROUND,
    },
    emphasis: {
      backgroundColor: '#F5F5F5',
      foregroundColors: FOREGROUND,
    },
    good: { backgroundColor: '#E7F2DA' },
    attention: { backgroundColor: '#FCF4F6' },
    warning: { backgroundColor: '#FBF6D9' },
    accent: { backgroundColor: '#E8EBFA' },
  },
  actions: {
    maxActions: 6, spacing: 'Default', buttonSpacing: 8, actionsOrientation: 'Horizontal',
    actionAlignment: 'Left', showCard: { actionMode: 'Inline', inlineTopMargin: 16 },
  },
  factSet: {
    title: { weight: 'Bolder', wrap: true, maxWidth: 150 },
    value: { wrap: true }, spacing: 12,
  },
};

const PAGE_CSS = `
  body { margin: 0; padding: 16px; background: #F5F5F5; font-family: ${FONT}; }
  #host { display: inline-block; background: #FFFFFF; border-radius: 6px;
          box-shadow: 0 1px 2px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12); }
  .ac-pushButton { font-family: ${FONT}; font-size: 14px; font-weight: 600; color: #242424;
                   background: #FFFFFF; border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 12px; }
  .ac-pushButton.style-positive { background: #5B5FC7; color: #FFFFFF; border-color: #5B5FC7; }
  .ac-pushButton.style-destructive { color: #C4314B; border-color: #C4314B; }
  .ac-input { font-family: ${FONT}; font-size: 14px; }
  .ac-input.ac-textInput, .ac-input.ac-multichoiceInput select, select.ac-input {
    border: 1px solid #D1D1D1; border-radius: 4px; padding: 5px 8px; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock ol, .ac-textBlock ul { margin: 0; padding-left: 24px; box-sizing: border-box; }
  /* Teams wraps a row of buttons that does not fit; so do we, rather than cut the last ones off. */
  .ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
`;

// Runs in the page: parse with a SerializationContext, validate, render into #host.
function renderInPage({ card, hostConfig, width }) {
  const AC = window.AdaptiveCards;
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = window.markdownit().render(text);
    result.didProcess = true;
  };
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.hostConfig = new AC.HostConfig(hostConfig);
  // Judge the card against the version it declares, so a 1.2 card using 1.5 features is reported.
  const declared = typeof card.version === 'string' ? AC.Version.parse(card.version, new AC.SerializationContext()) : undefined;
  const context = new AC.SerializationContext(declared?.isValid ? declared : undefined);
  adaptiveCard.parse(card, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  events.push(...adaptiveCard.validateProperties().validationEvents);
  const host = document.getElementById('host');
  host.replaceChildren();
  host.style.width = `${width}px`;
  const element = adaptiveCard.render();
  if (element) host.appendChild(element);
  return {
    rendered: Boolean(element),
    events: events.map((e) => ({
      phase: AC.ValidationPhase[e.phase] ?? String(e.phase),
      event: AC.ValidationEvent[e.event] ?? String(e.event),
      message: e.message,
    })),
  };
}

async function main() {
  const request = JSON.parse(readFileSync(0, 'utf8'));
  const output = { ok: false, cards: [] };
  const profile = mkdtempSync(join(tmpdir(), 'policy-steward-cards-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
      viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1,
      locale: 'en-GB', timezoneId: 'Europe/London',
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith('about:') || url.startsWith('data:') ? route.continue() : route.abort();
    });
    const page = context.pages()[0] ?? await context.newPage();
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>`);
    await page.addStyleTag({ content: PAGE_CSS });
    await page.addScriptTag({ path: MARKDOWN_IT });
    await page.addScriptTag({ path: ADAPTIVECARDS });
    mkdirSync(request.outDir, { recursive: true });
    for (const { name, card } of request.cards) {
      const png = join(request.outDir, `${name}.png`);
      const entry = { name, png, events: [] };
      try {
        const { rendered, events } = await page.evaluate(renderInPage, {
          card, hostConfig: HOST_CONFIG, width: request.width ?? 440,
        });
        entry.events = events;
        if (!rendered) entry.error = 'the renderer returned no element';
        else await page.locator('#host').screenshot({ path: png });
      } catch (error) {
        entry.error = String(error?.message ?? error).split('\n')[0];
      }
      output.cards.push(entry);
    }
    output.ok = true;
  } catch (error) {
    output.error = String(error?.message ?? error);
  } finally {
    await context?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
  process.stdout.write(JSON.stringify(output) + '\n');
}

await main();
