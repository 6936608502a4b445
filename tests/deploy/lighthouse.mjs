// Lighthouse (mobile preset) over pages of a running site, with Debian's Chromium.
//
//   node tests/deploy/lighthouse.mjs --base http://127.0.0.1:8080 [--workers 2]
//        [--again-below 0.98] path...
//
// Prints one JSON array: for each path its four category scores, its cumulative
// layout shift and the audits that cost it points. Each worker is a child process
// with its own Chromium: Lighthouse keeps global state, so one run per process.
// Performance varies from run to run with the machine's load: a page scoring below
// --again-below, or shifting its layout, is run twice more and its median run kept
// (Lighthouse's advice on variability), with `runs` giving the three scores.
import {fork} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The audits of a category that scored below 1 (metrics below 0.9). */
function lostPoints(lhr, category) {
  return lhr.categories[category].auditRefs
    .map(ref => lhr.audits[ref.id])
    .filter(audit => audit.score !== null && audit.scoreDisplayMode !== 'informative')
    .filter(audit => audit.score < (category === 'performance' ? 0.9 : 1))
    .map(audit => `${category}/${audit.id}: ${audit.displayValue || audit.title}`);
}

/** One page's scores, layout shift and lost points, from its Lighthouse report. */
function summary(path, lhr) {
  const scores = Object.fromEntries(CATEGORIES.map(c => [c, lhr.categories[c].score]));
  const shift = lhr.audits['cumulative-layout-shift'].numericValue;
  const problems = CATEGORIES.flatMap(category => lostPoints(lhr, category));
  if (lhr.runtimeError) problems.unshift(`runtime: ${lhr.runtimeError.message}`);
  return {path, scores, cls: shift, problems};
}

/** The median run of three, by Performance less ten times its layout shift: a
 * shift seen in one run of three (results painted a frame late) is not kept. */
function median(runs) {
  const key = run => (run.scores.performance ?? 0) - 10 * run.cls;
  const sorted = [...runs].sort((a, b) => key(a) - key(b));
  return {...sorted[1], runs: runs.map(run => run.scores.performance)};
}

/** Run Lighthouse over paths, one after another, in one Chromium. */
async function audit(base, paths, againBelow) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
  });
  const results = [];
  try {
    const flags = {port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: CATEGORIES};
    const run = async path => summary(path, (await lighthouse(new URL(path, base).href, flags)).lhr);
    for (const path of paths) {
      const first = await run(path);
      const slow = (first.scores.performance ?? 0) < againBelow || first.cls > 0;
      results.push(slow ? median([first, await run(path), await run(path)]) : first);
    }
  } finally {
    await chrome.kill();
  }
  return results;
}

/** Split paths over child processes and gather their results in the given order. */
function inWorkers(base, paths, workers, againBelow) {
  const script = fileURLToPath(import.meta.url);
  const shares = Array.from({length: workers}, (_, n) => paths.filter((_, i) => i % workers === n));
  return Promise.all(shares.filter(share => share.length).map(share => new Promise((resolve, reject) => {
    const child = fork(script, ['--base', base, '--workers', '1', '--again-below',
      String(againBelow), ...share],
      {stdio: ['ignore', 'pipe', 'inherit', 'ipc']});
    let output = '';
    child.stdout.on('data', chunk => { output += chunk; });
    child.on('exit', code => code === 0 ? resolve(JSON.parse(output))
      : reject(new Error(`lighthouse worker exited with ${code}`)));
  }))).then(parts => {
    const found = new Map(parts.flat().map(result => [result.path, result]));
    return paths.map(path => found.get(path));
  });
}

const {values, positionals} = parseArgs({
  options: {
    base: {type: 'string'},
    workers: {type: 'string', default: '2'},
    'again-below': {type: 'string', default: '0'},
  },
  allowPositionals: true,
});
const workers = Math.max(1, Math.min(2, Number(values.workers) || 1));
const againBelow = Number(values['again-below']) || 0;
const results = workers === 1 ? await audit(values.base, positionals, againBelow)
  : await inWorkers(values.base, positionals, workers, againBelow);
process.stdout.write(JSON.stringify(results, null, 1) + '\n');
