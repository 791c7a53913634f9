import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { freePort } from '../tests/support/free-port.ts';
import { benchNginx } from './bench-nginx.ts';

/*
 * npm run bench [-- --n 200,1000] : builds N synthetic stories with our site, with the bare Astro
 * baseline in scripts/bench-baseline/, and with that baseline using Astro's incremental build and
 * a cacheKey on its article and tag pages (scripts/bench-baseline-incremental/, laid over it): each
 * clean, then warm after one article's body changes, then warm after another article's title
 * changes, caches kept. All three run the one Astro installed here, whose version it prints. It
 * prints wall time, CPU time, peak memory, pages, output size and stage times, with our figures as
 * ratios to the bare baseline's, and with two sizes the marginal clean-build cost of one story.
 * Each build's stage lines show as they happen. At N = 1000 it also times `astro dev` (ready, then
 * the first article page). Then one PASS or FAIL line per budget (issues 14 and 24; exit code 1
 * when any fails), the nginx throughput budget on the last build of ours (bench-nginx.ts), and one
 * JSON line per build.
 */

const projectRoot = path.resolve(import.meta.dirname, '..');
const benchRoot = path.join(projectRoot, '.tmp', 'bench');
const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');

function parseSizes(argv: string[]): number[] {
  const index = argv.findIndex((arg) => arg === '--n' || arg.startsWith('--n='));
  if (index === -1) return [200, 1000, 2000];
  const value = argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  const sizes = (value ?? '').split(',').map(Number);
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 10)) {
    console.error('bench: --n takes whole numbers of at least 10, comma-separated, such as --n 200,1000');
    process.exit(2);
  }
  return sizes;
}

// Deterministic content: the same N always gives the same stories.
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'customer service agent call chat email queue shift team lead listen explain solve problem ticket refund order ' +
  'delivery account password patience empathy calm question answer product update policy escalation manager ' +
  'feedback colleague coaching training career growth skill habit voice message reply follow promise trust ' +
  'morning evening week month year remote office headset screen note pattern report fix cause root steady ' +
  'kind clear short honest quick careful warm friendly busy quiet hard simple useful real small daily'
).split(' ');
const TAG_POOL = [
  'careers',
  'job-satisfaction',
  'skills',
  'empathy',
  'communication',
  'problem-solving',
  'career-growth',
  'remote-work',
  'teamwork',
  'difficult-customers',
  'escalation',
  'resilience',
  'getting-started',
  'phone-support',
  'chat-support',
  'management',
  'technical-support',
  'small-business',
  'training',
  'quality',
];

function sentence(next: () => number): string {
  const length = 8 + Math.floor(next() * 11);
  const words = Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'service');
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function body(next: () => number, words: number): string {
  const parts: string[] = [];
  let count = 0;
  let section = 1;
  while (count < words) {
    parts.push(`## Part ${section}: ${sentence(next).slice(0, 40).replace(/\.$/, '')}`);
    for (let p = 0; p < 3; p += 1) {
      const paragraph = Array.from({ length: 4 }, () => sentence(next)).join(' ');
      parts.push(paragraph);
      count += paragraph.split(' ').length;
    }
    if (section % 2 === 0) parts.push(Array.from({ length: 4 }, () => `- ${sentence(next)}`).join('\n'));
    if (section % 3 === 0) parts.push(`> ${sentence(next)}`);
    section += 1;
  }
  return parts.join('\n\n');
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 1);

interface Synthetic {
  articles: { id: string; frontmatter: string; body: string }[];
  testimonials: { id: string; text: string }[];
}

function synthesize(n: number): Synthetic {
  const next = random(n);
  const articles = Array.from({ length: n }, (_, index) => {
    const tagCount = 2 + Math.floor(next() * 3);
    const tags = [...new Set(Array.from({ length: tagCount }, () => TAG_POOL[Math.floor(next() * TAG_POOL.length)]))];
    const date = new Date(START + Math.floor((index * 3 * 365) / n) * DAY).toISOString().slice(0, 10);
    const title = `Story ${index + 1}: ${sentence(next).slice(0, 50).replace(/\.$/, '')}`;
    return {
      id: `story-${String(index + 1).padStart(5, '0')}`,
      frontmatter: [
        `title: ${JSON.stringify(title)}`,
        `description: ${JSON.stringify(sentence(next))}`,
        `pubDate: ${date}`,
        `tags: [${tags.join(', ')}]`,
      ].join('\n'),
      body: body(next, 900),
    };
  });
  const testimonials = Array.from({ length: Math.max(3, Math.floor(n / 10)) }, (_, index) => ({
    id: `person-${index + 1}`,
    text: [
      '---',
      `name: "Person${String.fromCharCode(97 + (index % 26))}"`,
      `headline: ${JSON.stringify(`Person ${index + 1}: ${sentence(next).slice(0, 40).replace(/\.$/, '')}`)}`,
      'role: "Support agent"',
      'startedAs: "Part-time agent"',
      `yearsInService: ${index % 30}`,
      'channels: [phone, chat]',
      'employer: online-retailer',
      'workMode: remote',
      `quote: ${JSON.stringify(sentence(next))}`,
      `pubDate: ${new Date(START + index * 5 * DAY).toISOString().slice(0, 10)}`,
      `tags: [${TAG_POOL[index % TAG_POOL.length]}, careers]`,
      'composite: true',
      '---',
      '',
      body(next, 450),
      '',
    ].join('\n'),
  }));
  return { articles, testimonials };
}

const KINDS = ['baseline', 'baseline-incremental', 'ours'] as const;
type Kind = (typeof KINDS)[number];

function prepare(kind: Kind, n: number, content: Synthetic): string {
  const root = path.join(benchRoot, `${kind}-${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  if (kind === 'ours') {
    for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
    }
  } else {
    cpSync(path.join(projectRoot, 'scripts', 'bench-baseline'), root, { recursive: true });
    if (kind === 'baseline-incremental')
      cpSync(path.join(projectRoot, 'scripts', 'bench-baseline-incremental'), root, { recursive: true });
  }
  const articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const article of content.articles) {
    writeFileSync(path.join(articles, `${article.id}.mdx`), `---\n${article.frontmatter}\n---\n\n${article.body}\n`);
  }
  if (kind === 'ours') {
    // Our site takes its tags from one list (content/tags.yaml); the synthetic stories use TAG_POOL.
    const tagList = TAG_POOL.map((tag) => {
      const label = `${tag.charAt(0).toUpperCase()}${tag.slice(1).replaceAll('-', ' ')}`;
      return `${tag}:\n  label: ${label}\n  description: Synthetic stories tagged ${label.toLowerCase()}, for the benchmark.\n`;
    });
    writeFileSync(path.join(root, 'content', 'tags.yaml'), tagList.join(''));
    const testimonials = path.join(root, 'content', 'testimonials');
    mkdirSync(testimonials, { recursive: true });
    for (const testimonial of content.testimonials)
      writeFileSync(path.join(testimonials, `${testimonial.id}.mdx`), testimonial.text);
  }
  return root;
}

/** CPU seconds used by this process's finished children (user + system), from /proc. */
function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (id: number) => {
    for (const child of parents.get(id) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/** User + system CPU seconds of a process's main thread so far, from /proc. */
function mainThreadCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

interface BuildFigures {
  wallSeconds: number;
  cpuSeconds: number;
  /** CPU time of Astro's main thread alone: the part no other core can take, so the floor of the wall time. */
  mainThreadCpuSeconds: number;
  peakRssMb: number;
  pages: number;
  outputMb: number;
  stages: Record<string, number>;
  /** Our build's summary line: pages rendered and reused, cards drawn and reused. */
  reuse?: string;
}

function dirSize(dir: string): { files: number; bytes: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(path.join(dir, name));
    if (!stats.isFile()) continue;
    files += 1;
    bytes += stats.size;
    if (name.endsWith('.html')) pages += 1;
  }
  return { files, bytes, pages };
}

/** Astro writes "850ms", "12.34s", or "1m 5s" once a stage passes a minute. */
function durationSeconds(text: string): number {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
}

function stagesFrom(output: string): Record<string, number> {
  const stages: Record<string, number> = {};
  const duration = String.raw`(\d+m \d+s|[\d.]+m?s)`;
  const bundle = new RegExp(String.raw`\[vite\] ✓ built in ${duration}`).exec(output);
  if (bundle?.[1]) stages['astro: bundle'] = durationSeconds(bundle[1]);
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${duration}`).exec(output);
  if (routes?.[1]) stages['astro: pages and feeds'] = durationSeconds(routes[1]);
  const check = /content checked: .*\((\d+) ms\)/.exec(output);
  if (check?.[1]) stages['content check'] = Number(check[1]) / 1000;
  const cards = /drawn \d+ Open Graph card files in (\d+) ms/.exec(output);
  if (cards?.[1]) stages['cards (in the background)'] = Number(cards[1]) / 1000;
  const search = /indexed \d+ story pages in (\d+) ms/.exec(output);
  if (search?.[1]) stages['search index, beside the sitemap and script check'] = Number(search[1]) / 1000;
  const compressed = /(\d+) of them compressed in this build, in (\d+) ms/.exec(output);
  if (compressed?.[2]) stages[`precompression (${compressed[1]} files compressed)`] = Number(compressed[2]) / 1000;
  const placed = /Open Graph card files placed in (\d+) ms/.exec(output);
  if (placed?.[1]) stages['cards placed'] = Number(placed[1]) / 1000;
  return stages;
}

function reuseFrom(output: string): { reuse?: string } {
  const line = /pages: \d+ rendered, \d+ reused; Open Graph cards: \d+ drawn, \d+ reused/.exec(output);
  return line ? { reuse: line[0] } : {};
}

/** The lines of a build's output worth showing live: stages and our steps, not one line per page. */
const STAGE_LINE =
  /\[(?:build|content|types|service-stories:[\w-]+|@astrojs\/sitemap)\] |\[vite\] ✓|✓ Completed|generating /;

function build(root: string, label: string): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let partial = '';
    let peak = 0;
    let mainThread = 0;
    const take = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        // Astro prints a page's line in two writes; a step that logs in between lands inside it.
        const shown = /[├└]─|▶/.test(line) ? /\d\d:\d\d:\d\d \[service-stories:.*$/.exec(line)?.[0] : line;
        if (shown && STAGE_LINE.test(shown)) console.error(`  ${label} | ${shown.trim()}`);
      }
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const sampler = setInterval(() => {
      if (!child.pid) return;
      for (const pid of [child.pid, ...descendants(child.pid)]) peak = Math.max(peak, peakRssMb(pid));
      mainThread = Math.max(mainThread, mainThreadCpuSeconds(child.pid));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) return reject(new Error(`build in ${root} failed (${code}):\n${output.slice(-3000)}`));
      const wallSeconds = (performance.now() - started) / 1000;
      const dist = dirSize(path.join(root, 'dist'));
      resolve({
        wallSeconds,
        cpuSeconds: childrenCpuSeconds() - cpuBefore,
        mainThreadCpuSeconds: mainThread,
        peakRssMb: peak,
        pages: dist.pages,
        outputMb: dist.bytes / 1024 / 1024,
        stages: stagesFrom(output),
        ...reuseFrom(output),
      });
    });
  });
}

interface DevFigures {
  /** From starting `astro dev` to its "ready" line. */
  readySeconds: number;
  /** From asking for the first article page, once ready, to its last byte. */
  firstArticleSeconds: number;
}

/** Starts `astro dev`, waits for it to be ready, fetches one article page, and stops it. */
async function measureDev(root: string, articlePath: string): Promise<DevFigures> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  try {
    const readySeconds = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timeout = setTimeout(
        () => reject(new Error(`astro dev in ${root} was not ready in 180 s:\n${output}`)),
        180_000,
      );
      const take = (chunk: Buffer) => {
        output += chunk.toString();
        if (/ready in/i.test(output)) {
          clearTimeout(timeout);
          resolve((performance.now() - started) / 1000);
        }
      };
      child.stdout.on('data', take);
      child.stderr.on('data', take);
      child.once('exit', (code) => reject(new Error(`astro dev exited (${code}) before it was ready:\n${output}`)));
    });
    const asked = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${articlePath}`);
    await response.text();
    if (!response.ok) throw new Error(`astro dev answered ${response.status} for ${articlePath}`);
    return { readySeconds, firstArticleSeconds: (performance.now() - asked) / 1000 };
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

function touchOneArticle(root: string): void {
  const articles = path.join(root, 'content', 'articles');
  const first = readdirSync(articles).sort()[0];
  if (first) appendFileSync(path.join(articles, first), '\nOne more sentence, changed for the warm rebuild.\n');
}

/** Another article's title: it shows on its tag pages, in lists, and in other stories' related lists and links. */
function retitleOneArticle(root: string): void {
  const articles = path.join(root, 'content', 'articles');
  const second = readdirSync(articles).sort()[1];
  if (!second) return;
  const file = path.join(articles, second);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: "/m, 'title: "Retitled: '));
}

function astroVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8'));
  return String((manifest as { version?: unknown }).version);
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

/** The budgets of issues 14 and 24, checked at N = 1000 (and N = 2000 for growth). */
const BUDGETS = { cleanTime: 1.5, memory: 1.3, warmTime: 1.0, warmIncremental: 1.3, growth: 2.1, dev: 1.0 };
const BUDGET_N = 1000;

async function main(): Promise<void> {
  if (!existsSync(astroBin)) {
    console.error('bench: Astro is not installed here; run `npm install` first.');
    process.exit(2);
  }
  const sizes = parseSizes(process.argv.slice(2));
  console.log(`Astro ${astroVersion()} builds our site and both baselines (one installation, node_modules/astro)`);
  const rows: string[] = [];
  const jsonLines: string[] = [];
  const results = new Map<string, BuildFigures>();
  const devRows: string[] = [];
  let servedRoot = '';
  const devFigures = new Map<string, DevFigures>();
  for (const n of sizes) {
    const shownRows = rows.length;
    const content = synthesize(n);
    const figures: Record<string, BuildFigures> = {};
    for (const kind of KINDS) {
      const root = prepare(kind, n, content);
      console.error(`bench: N=${n} ${kind}: clean build…`);
      figures[`${kind} clean`] = await build(root, `${kind} clean N=${n}`);
      touchOneArticle(root);
      console.error(`bench: N=${n} ${kind}: warm rebuild after one article's body changed…`);
      figures[`${kind} warm`] = await build(root, `${kind} warm N=${n}`);
      retitleOneArticle(root);
      console.error(`bench: N=${n} ${kind}: warm rebuild after another article's title changed…`);
      figures[`${kind} title`] = await build(root, `${kind} title N=${n}`);
      if (kind === 'ours') servedRoot = root;
      if (n === BUDGET_N && kind !== 'baseline-incremental') {
        console.error(`bench: N=${n} ${kind}: astro dev…`);
        const articlePath = kind === 'ours' ? '/articles/story-00001/' : '/story-00001/';
        const dev = await measureDev(root, articlePath);
        devFigures.set(kind, dev);
        devRows.push(
          `${String(n).padStart(5)}  ${`${kind} dev`.padEnd(15)}  ready in ${fmt(dev.readySeconds)} s, first article page in ${fmt(dev.firstArticleSeconds, 2)} s`,
        );
        jsonLines.push(JSON.stringify({ n, build: `${kind} dev`, ...dev }));
      }
    }
    for (const [name, result] of Object.entries(figures)) {
      results.set(`${n} ${name}`, result);
      const baseline = figures[name.replace(/^[\w-]+/, 'baseline')] as BuildFigures;
      const ratio = !name.startsWith('baseline ')
        ? `${fmt(result.wallSeconds / baseline.wallSeconds, 2)}x time, ${fmt(result.mainThreadCpuSeconds / baseline.mainThreadCpuSeconds, 2)}x main thread, ${fmt(result.cpuSeconds / baseline.cpuSeconds, 2)}x CPU, ${fmt(result.peakRssMb / baseline.peakRssMb, 2)}x memory`
        : '';
      rows.push(
        [
          String(n).padStart(5),
          name.padEnd(26),
          `${fmt(result.wallSeconds)} s`.padStart(8),
          `${fmt(result.cpuSeconds)} s`.padStart(8),
          `${fmt(result.mainThreadCpuSeconds)} s`.padStart(8),
          `${fmt(result.peakRssMb, 0)} MB`.padStart(8),
          String(result.pages).padStart(6),
          `${fmt(result.outputMb)} MB`.padStart(9),
          ratio,
        ].join('  '),
      );
      jsonLines.push(JSON.stringify({ n, build: name, ...result }));
      const stages = Object.entries(result.stages).map(([stage, seconds]) => `${stage} ${fmt(seconds, 2)} s`);
      if (stages.length > 0) rows.push(`${' '.repeat(7)}stages: ${stages.join(', ')}`);
      if (result.reuse) rows.push(`${' '.repeat(7)}${result.reuse}`);
    }
    // A long run shows each size's figures as soon as they are in; the full table follows at the end.
    for (const row of rows.slice(shownRows)) console.error(`bench: ${row}`);
  }
  console.log(
    '    N  build                       wall      CPU     main  peak RSS   pages     output  vs bare baseline',
  );
  for (const row of rows) console.log(row);
  for (const row of devRows) console.log(row);

  // One PASS or FAIL line per budget; any FAIL makes the exit code 1.
  const at = (n: number, name: string) => results.get(`${n} ${name}`);
  const verdicts: { ok: boolean; line: string }[] = [];
  const check = (label: string, value: number, limit: number, detail: string) =>
    verdicts.push({ ok: value <= limit, line: `${label}: ${fmt(value, 2)} (max ${limit}) ${detail}` });
  const oursClean = at(BUDGET_N, 'ours clean');
  const baseClean = at(BUDGET_N, 'baseline clean');
  const oursWarm = at(BUDGET_N, 'ours warm');
  const baseWarm = at(BUDGET_N, 'baseline warm');
  if (oursClean && baseClean && oursWarm && baseWarm) {
    check(
      `clean build time at N=${BUDGET_N}, ours / baseline`,
      oursClean.wallSeconds / baseClean.wallSeconds,
      BUDGETS.cleanTime,
      `(${fmt(oursClean.wallSeconds)} s / ${fmt(baseClean.wallSeconds)} s wall)`,
    );
    check(
      `peak memory of that build, ours / baseline`,
      oursClean.peakRssMb / baseClean.peakRssMb,
      BUDGETS.memory,
      `(${fmt(oursClean.peakRssMb, 0)} MB / ${fmt(baseClean.peakRssMb, 0)} MB)`,
    );
    check(
      `warm rebuild after one article changed, ours / baseline`,
      oursWarm.wallSeconds / baseWarm.wallSeconds,
      BUDGETS.warmTime,
      `(${fmt(oursWarm.wallSeconds)} s / ${fmt(baseWarm.wallSeconds)} s wall)`,
    );
  } else console.log(`budgets: not checked, they need N=${BUDGET_N} (run with --n ${BUDGET_N},${BUDGET_N * 2})`);
  const oursIncremental = at(BUDGET_N, 'baseline-incremental warm');
  if (oursWarm && oursIncremental)
    check(
      `warm rebuild after one article changed, ours / incremental baseline`,
      oursWarm.wallSeconds / oursIncremental.wallSeconds,
      BUDGETS.warmIncremental,
      `(${fmt(oursWarm.wallSeconds)} s / ${fmt(oursIncremental.wallSeconds)} s wall)`,
    );
  const oursTitle = at(BUDGET_N, 'ours title');
  const baseTitle = at(BUDGET_N, 'baseline title');
  const incrementalTitle = at(BUDGET_N, 'baseline-incremental title');
  if (oursTitle && baseTitle && incrementalTitle)
    console.log(
      `REPORT warm rebuild after one article's title changed: ${fmt(oursTitle.wallSeconds)} s, ` +
        `${fmt(oursTitle.wallSeconds / baseTitle.wallSeconds, 2)}x bare baseline, ` +
        `${fmt(oursTitle.wallSeconds / incrementalTitle.wallSeconds, 2)}x incremental baseline`,
    );
  const oursDev = devFigures.get('ours');
  const baseDev = devFigures.get('baseline');
  if (oursDev && baseDev) {
    check(
      `astro dev ready, ours / baseline`,
      oursDev.readySeconds / baseDev.readySeconds,
      BUDGETS.dev,
      `(${fmt(oursDev.readySeconds)} s / ${fmt(baseDev.readySeconds)} s)`,
    );
    check(
      `astro dev first article page, ours / baseline`,
      oursDev.firstArticleSeconds / baseDev.firstArticleSeconds,
      BUDGETS.dev,
      `(${fmt(oursDev.firstArticleSeconds, 2)} s / ${fmt(baseDev.firstArticleSeconds, 2)} s)`,
    );
  }
  // The clean-build cost of one more story, between the two largest sizes run.
  const [smaller, larger] = [...sizes].sort((a, b) => a - b).slice(-2);
  if (smaller !== undefined && larger !== undefined && smaller !== larger)
    for (const kind of KINDS) {
      const small = at(smaller, `${kind} clean`);
      const large = at(larger, `${kind} clean`);
      if (small && large)
        console.log(
          `REPORT marginal clean-build cost per story, ${kind}, N=${smaller} to ${larger}: ` +
            `${fmt(((large.wallSeconds - small.wallSeconds) * 1000) / (larger - smaller), 1)} ms wall, ` +
            `${fmt(((large.mainThreadCpuSeconds - small.mainThreadCpuSeconds) * 1000) / (larger - smaller), 1)} ms main thread`,
        );
    }
  const oursDouble = at(BUDGET_N * 2, 'ours clean');
  if (oursClean && oursDouble)
    check(
      `clean build time at N=${BUDGET_N * 2} over N=${BUDGET_N}, ours`,
      oursDouble.wallSeconds / oursClean.wallSeconds,
      BUDGETS.growth,
      `(${fmt(oursDouble.wallSeconds)} s / ${fmt(oursClean.wallSeconds)} s wall)`,
    );
  for (const verdict of verdicts) console.log(`${verdict.ok ? 'PASS' : 'FAIL'} ${verdict.line}`);
  // The last build of ours, served by the nginx recipe: its own PASS or FAIL line (scripts/bench-nginx.ts).
  console.error('bench: nginx throughput, with and without compression…');
  const nginxOk = await benchNginx(path.join(servedRoot, 'dist'));
  for (const line of jsonLines) console.log(line);
  if (verdicts.some((verdict) => !verdict.ok) || !nginxOk) process.exitCode = 1;
}

await main();
