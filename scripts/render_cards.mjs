// Parse, validate and render Adaptive Cards with Microsoft's own JavaScript renderer (npm
// `adaptivecards`, the official HTML renderer that the Agents Playground also bundles), in headless
// Debian chromium, and save each rendered card as a PNG.
//
// Input (stdin): JSON {outDir, cards: [{name, card}], width?, theme? ('light'|'dark'), checkLayout?,
//   pictures? (default true; false checks only that each card has a size, without saving a PNG: the
//   screenshots are two thirds of the time)}
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

// Teams' own look, as Microsoft publishes it for the Adaptive Cards designer (npm
// `adaptivecards-designer`): the light and dark host configs and the Teams container CSS.
const DESIGNER = dirname(require.resolve('adaptivecards-designer/package.json'));
const THEMES = Object.fromEntries(['light', 'dark'].map((theme) => [theme, {
  hostConfig: JSON.parse(readFileSync(join(DESIGNER, 'lib', 'hostConfigs', `microsoft-teams-${theme}.json`), 'utf8')),
  css: readFileSync(join(DESIGNER, 'dist', 'containers', `teams-container-${theme}.css`), 'utf8'),
  page: theme === 'light' ? '#F5F5F5' : '#1F1F1F',
}]));
for (const theme of Object.values(THEMES)) {
  const accent = theme.hostConfig.containerStyles.default.foregroundColors.accent.default;
  theme.link = accent.length === 9 ? `#${accent.slice(3)}` : accent;  // #AARRGGBB → #RRGGBB
}
// Debian has no Segoe UI: the nearest metric-compatible fonts stand in for it.
const FONT_FALLBACK = "'Segoe UI', 'Liberation Sans', 'Noto Color Emoji', sans-serif";

const PAGE_CSS = (theme) => `
  body { margin: 0; padding: 16px; background: ${THEMES[theme].page}; font-family: ${FONT_FALLBACK}; }
  #host { display: inline-block; border-radius: 4px; box-sizing: border-box; }
  /* Teams draws links in its accent colour; a browser's default blue is unreadable on dark. */
  #host a { color: ${THEMES[theme].link} !important; }
  .ac-textBlock p { margin: 0; }
  .ac-textBlock ol, .ac-textBlock ul { margin: 0; padding-left: 24px; box-sizing: border-box; }
  /* Teams wraps a row of buttons that does not fit; so do we, rather than cut the last ones off. */
  .ac-actionSet { flex-wrap: wrap; row-gap: 8px; }
`;

// Runs in the page after rendering: text that is hard to read on its background (WCAG AA,
// 4.5:1; 3:1 for large or bold text) and anything wider than the card, which Teams cuts off.
function layoutFindings() {
  const findings = [];
  const rgba = (value) => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(',').map((x) => parseFloat(x));
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a), a: 1,
  });
  const background = (element) => {
    const layers = [];
    for (let node = element; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0) layers.push(colour);
      if (colour && colour.a >= 1) break;
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const luminance = ({ r, g, b }) => {
    const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const host = document.getElementById('host');
  const limit = host.getBoundingClientRect().right + 0.5;
  const seen = new Set();
  for (const element of host.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.right > limit) {
      const what = (element.innerText || element.className || element.tagName).toString().slice(0, 60);
      if (!seen.has(what)) { seen.add(what); findings.push({ phase: 'Layout', event: 'CutOff', message: `wider than the card: ${what}` }); }
    }
    // The host's own required-field asterisk is Teams' look, not the card's.
    const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() && n.textContent.trim() !== '*');
    if (!own || rect.width === 0) continue;
    const style = getComputedStyle(element);
    if (element.scrollWidth > element.clientWidth + 1 && style.overflowX !== 'visible') {
      findings.push({ phase: 'Layout', event: 'CutOff', message: `text clipped: ${element.textContent.trim().slice(0, 50)}` });
    }
    const bg = background(element);
    const fg = over(rgba(style.color), bg);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const large = parseFloat(style.fontSize) >= 18.5 || (parseFloat(style.fontSize) >= 14 && parseInt(style.fontWeight, 10) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      findings.push({ phase: 'Layout', event: 'Contrast', message: `${ratio.toFixed(2)}:1 for "${element.textContent.trim().slice(0, 50)}"` });
    }
  }
  return findings;
}

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
  host.className = 'teams-card';
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
    const theme = request.theme ?? 'light';
    if (!THEMES[theme]) throw new Error(`unknown theme ${theme}`);
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body><div id="host"></div></body></html>`);
    await page.addStyleTag({ content: THEMES[theme].css });
    await page.addStyleTag({ content: PAGE_CSS(theme) });
    await page.addScriptTag({ path: MARKDOWN_IT });
    await page.addScriptTag({ path: ADAPTIVECARDS });
    mkdirSync(request.outDir, { recursive: true });
    for (const { name, card } of request.cards) {
      const png = join(request.outDir, `${name}.png`);
      const entry = { name, png, events: [] };
      try {
        const { rendered, events } = await page.evaluate(renderInPage, {
          card, hostConfig: THEMES[theme].hostConfig, width: request.width ?? 440,
        });
        entry.events = events;
        if (rendered && request.checkLayout) entry.events.push(...await page.evaluate(layoutFindings));
        if (!rendered) entry.error = 'the renderer returned no element';
        else if (request.pictures !== false) await page.locator('#host').screenshot({ path: png });
        else {
          const box = await page.locator('#host').boundingBox();
          if (!box || box.width < 1 || box.height < 1) entry.error = 'the rendered card has no size';
        }
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
