import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startCloudProcess } from './local-cloud-process.js';

/**
 * Figures of the portal (not tests): the JavaScript each public page makes the browser download before it
 * is interactive, and Lighthouse's performance and accessibility scores of the hall and a service guide.
 * Measured on the production build of web/ that is there (`npm start` in a child process; the bench never
 * builds the portal), through the local cloud's edge like a visitor, in Chinese (the default locale).
 *
 *   npx tsx scripts/bench/portal.ts
 */

/** Debian's Chromium (STACK-NOTES): Lighthouse drives it through chrome-launcher; no browser is downloaded. */
export const chromiumPath = '/usr/bin/chromium';
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** zh-CN URLs carry no prefix, and the portal sends a browser that asks for English to /en/…: ask for Chinese. */
const acceptLanguage = 'zh-CN,zh;q=0.9';
export const gzipLevel = 9;

export interface ScriptFile {
  readonly url: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface PageWeight {
  readonly name: string;
  readonly path: string;
  /** The page's HTML (its inline React Server Components payload included). */
  readonly htmlRawBytes: number;
  readonly htmlGzipBytes: number;
  /** The scripts a modern browser fetches to make the page interactive (see `scriptUrls`), once each. */
  readonly scripts: readonly ScriptFile[];
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

export interface LighthouseFigure {
  readonly name: string;
  readonly path: string;
  readonly runs: number;
  /** Medians over the runs; scores 0–100. */
  readonly performance: number;
  readonly accessibility: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  /** Accessibility audits that failed in any run (their ids). */
  readonly accessibilityFailures: readonly string[];
}

export interface PortalFigures {
  readonly buildId: string;
  readonly pages: readonly PageWeight[];
  readonly lighthouse: readonly LighthouseFigure[];
  readonly lighthouseVersion: string;
  readonly formFactor: string;
  readonly throttling: string;
  readonly browser: string;
  /** Lighthouse's measure of this machine's CPU (median over the runs); its CPU slowdown assumes ~1,000–2,000. */
  readonly benchmarkIndex: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The attributes of each tag with this name in some HTML (enough for the markup React writes). */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((tag) =>
    Object.fromEntries(
      [...tag[1]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map((a) => [
        a[1]!.toLowerCase(),
        (a[2] ?? a[3] ?? a[4] ?? '').replaceAll('&amp;', '&'),
      ]),
    ),
  );
}

/**
 * The script files a page makes a modern browser fetch before it can hydrate, once each: its `<script src>`
 * (not the `nomodule` polyfills, which such a browser skips), `modulepreload` and `preload as=script`
 * links, and the client chunks its inline React Server Components payload names (loaded to hydrate).
 */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const scripts = tags(html, 'script').flatMap((a) => (a.src && !('nomodule' in a) ? [a.src] : []));
  const preloads = tags(html, 'link').flatMap((a) => {
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    return a.href && (rel.includes('modulepreload') || (rel.includes('preload') && a.as === 'script')) ? [a.href] : [];
  });
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].flatMap((m) =>
    [...m[1]!.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((c) => c[0]),
  );
  return [...new Set([...scripts, ...preloads, ...inline].map((src) => new URL(src, pageUrl).href))];
}

async function get(url: string): Promise<Buffer> {
  const res = await fetch(url, { headers: { 'accept-language': acceptLanguage }, redirect: 'manual' });
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}, not 200`);
  return Buffer.from(await res.arrayBuffer());
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: gzipLevel }).length;

/** Fetches a page and every script it loads; sums their raw and gzip (level 9) sizes. */
export async function measurePageWeight(origin: string, name: string, pagePath: string): Promise<PageWeight> {
  const pageUrl = `${origin}${pagePath}`;
  const html = await get(pageUrl);
  const scripts: ScriptFile[] = [];
  for (const url of scriptUrls(html.toString('utf8'), pageUrl)) {
    const body = await get(url);
    scripts.push({ url: new URL(url).pathname, rawBytes: body.length, gzipBytes: gzipped(body) });
  }
  return {
    name,
    path: pagePath,
    htmlRawBytes: html.length,
    htmlGzipBytes: gzipped(html),
    scripts,
    rawBytes: scripts.reduce((sum, s) => sum + s.rawBytes, 0),
    gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

interface LighthouseRun {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  accessibilityFailures: string[];
  lighthouseVersion: string;
  formFactor: string;
  throttling: string;
  browser: string;
  benchmarkIndex: number;
}

/**
 * One Lighthouse run, tried up to three times: under load Chromium sometimes loses the trace
 * (NO_NAVSTART), which says nothing about the page.
 */
async function lighthouseRun(url: string): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseAttempt(url);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`Lighthouse attempt ${attempt} on ${url} failed (${(error as Error).message}); trying again`);
    }
  }
}

/** One Lighthouse attempt (default config: mobile, simulated throttling) in a fresh headless Chromium. */
async function lighthouseAttempt(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: { 'Accept-Language': acceptLanguage },
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    if (lhr.finalDisplayedUrl !== url) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave ${url} no ${id} score`);
      return Math.round(value * 100);
    };
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (typeof value !== 'number') throw new Error(`Lighthouse gave ${url} no ${id} value`);
      return value;
    };
    const accessibilityFailures = (lhr.categories.accessibility?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && typeof a.score === 'number' && a.score < 1)
      .map((a) => a!.id);
    const throttling = lhr.configSettings.throttling;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      accessibilityFailures,
      lighthouseVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings.formFactor,
      throttling:
        `${lhr.configSettings.throttlingMethod === 'simulate' ? 'simulated' : lhr.configSettings.throttlingMethod} ` +
        `throttling: RTT ${throttling.rttMs} ms, ${Math.round((throttling.throughputKbps ?? 0) / 100) / 10} Mbps, ` +
        `CPU ×${throttling.cpuSlowdownMultiplier}`,
      browser: lhr.environment.hostUserAgent.match(/(?:HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? 'unknown',
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/** The median of `runs` Lighthouse runs of one page. */
async function measureLighthouse(origin: string, name: string, pagePath: string, runs: number) {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(`${origin}${pagePath}`));
  const figure: LighthouseFigure = {
    name,
    path: pagePath,
    runs,
    performance: median(all.map((r) => r.performance)),
    accessibility: median(all.map((r) => r.accessibility)),
    lcpMs: Math.round(median(all.map((r) => r.lcpMs))),
    tbtMs: Math.round(median(all.map((r) => r.tbtMs))),
    cls: Math.round(median(all.map((r) => r.cls)) * 1000) / 1000,
    accessibilityFailures: [...new Set(all.flatMap((r) => r.accessibilityFailures))].sort(),
  };
  return { figure, run: all[0]!, benchmarkIndexes: all.map((r) => r.benchmarkIndex) };
}

/** The portal build's id; empty while a build is under way (it removes the file first). */
function readBuildId(root: string): string {
  try {
    return readFileSync(path.join(root, 'web/.next/BUILD_ID'), 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Starts the local cloud with the portal, weighs the first-load JavaScript of the hall, a guide, a
 * scenario, a search and the outlet finder, and runs Lighthouse `runs` times on the hall and the guide.
 */
export async function measurePortal(root: string, runs = 3): Promise<PortalFigures> {
  const cloud = await startCloudProcess(root, { web: true });
  try {
    const buildId = readBuildId(root);
    const scenarios = (await fetch(`${cloud.origin}/api/scenarios`).then((r) => r.json())) as {
      items: { id: string }[];
    };
    const scenario = scenarios.items[0]?.id;
    if (!scenario) throw new Error('GET /api/scenarios listed no scenario');
    const hall = ['service hall', '/services'] as const;
    const guide = ['service guide', '/services/440104-MZ-0001'] as const;
    const pages = [
      hall,
      guide,
      ['scenario', `/scenarios/${encodeURIComponent(scenario)}`],
      ['search results', '/search?q=结婚'],
      ['outlet finder', '/outlets'],
    ] as const;
    const weights: PageWeight[] = [];
    for (const [name, pagePath] of pages) weights.push(await measurePageWeight(cloud.origin, name, pagePath));
    const hallRuns = await measureLighthouse(cloud.origin, ...hall, runs);
    const guideRuns = await measureLighthouse(cloud.origin, ...guide, runs);
    // A build made while this ran would have replaced the files the server serves: the figures would mix builds.
    if (readBuildId(root) !== buildId)
      throw new Error('web/ was rebuilt while the portal was being measured: run the bench again');
    return {
      buildId,
      pages: weights,
      lighthouse: [hallRuns.figure, guideRuns.figure],
      lighthouseVersion: hallRuns.run.lighthouseVersion,
      formFactor: hallRuns.run.formFactor,
      throttling: hallRuns.run.throttling,
      browser: hallRuns.run.browser,
      benchmarkIndex: Math.round(median([...hallRuns.benchmarkIndexes, ...guideRuns.benchmarkIndexes])),
    };
  } finally {
    await cloud.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  void measurePortal(root).then((figures) => console.log(JSON.stringify(figures, undefined, 2)));
}
