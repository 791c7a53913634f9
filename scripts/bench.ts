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

/*
 * npm run bench [-- --n 200,1000] : builds N synthetic stories with our site and with the bare
 * Astro baseline in scripts/bench-baseline/, clean and then warm (after one article changes), and
 * prints wall time, CPU time, peak memory, pages, output size and stage times, with our figures as
 * ratios to the baseline's. One JSON line per build follows the table.
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
      'role: "Support agent"',
      'startedAs: "Part-time agent"',
      `yearsInService: ${index % 30}`,
      'channels: [phone, chat]',
      'employer: online-retailer',
      'workMode: remote',
      `quote: ${JSON.stringify(sentence(next))}`,
      `pubDate: ${new Date(START + index * 5 * DAY).toISOString().slice(0, 10)}`,
      `tags: [${TAG_POOL[index % TAG_POOL.length]}, careers]`,
      '---',
      '',
      body(next, 450),
      '',
    ].join('\n'),
  }));
  return { articles, testimonials };
}

function prepare(kind: 'ours' | 'baseline', n: number, content: Synthetic): string {
  const root = path.join(benchRoot, `${kind}-${n}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  if (kind === 'ours') {
    for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
      cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
    }
  } else {
    cpSync(path.join(projectRoot, 'scripts', 'bench-baseline'), root, { recursive: true });
  }
  const articles = path.join(root, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  for (const article of content.articles) {
    writeFileSync(path.join(articles, `${article.id}.mdx`), `---\n${article.frontmatter}\n---\n\n${article.body}\n`);
  }
  if (kind === 'ours') {
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
  peakRssMb: number;
  pages: number;
  outputMb: number;
  stages: Record<string, number>;
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

function stagesFrom(output: string): Record<string, number> {
  // Astro writes "850ms", "12.34s", or "1m 5s" once a stage passes a minute.
  const seconds = (text: string) => {
    const minutes = /^(\d+)m (\d+)s$/.exec(text);
    if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
    return text.endsWith('ms') ? Number.parseFloat(text) / 1000 : Number.parseFloat(text);
  };
  const stages: Record<string, number> = {};
  const duration = String.raw`(\d+m \d+s|[\d.]+m?s)`;
  const vite = new RegExp(String.raw`\[build\] ✓ Completed in ${duration}`).exec(output);
  if (vite?.[1]) stages['astro: bundle'] = seconds(vite[1]);
  const routes = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${duration}`).exec(output);
  if (routes?.[1]) stages['astro: pages, feeds, OG images'] = seconds(routes[1]);
  const check = /content checked: .*\((\d+) ms\)/.exec(output);
  if (check?.[1]) stages['content check'] = Number(check[1]) / 1000;
  const search = /indexed \d+ pages in (\d+) ms/.exec(output);
  if (search?.[1]) stages['search index'] = Number(search[1]) / 1000;
  return stages;
}

function build(root: string): Promise<BuildFigures> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let peak = 0;
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const sampler = setInterval(() => {
      if (!child.pid) return;
      for (const pid of [child.pid, ...descendants(child.pid)]) peak = Math.max(peak, peakRssMb(pid));
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
        peakRssMb: peak,
        pages: dist.pages,
        outputMb: dist.bytes / 1024 / 1024,
        stages: stagesFrom(output),
      });
    });
  });
}

function touchOneArticle(root: string): void {
  const articles = path.join(root, 'content', 'articles');
  const first = readdirSync(articles).sort()[0];
  if (first) appendFileSync(path.join(articles, first), '\nOne more sentence, changed for the warm rebuild.\n');
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

async function main(): Promise<void> {
  if (!existsSync(astroBin)) {
    console.error('bench: Astro is not installed here; run `npm install` first.');
    process.exit(2);
  }
  const sizes = parseSizes(process.argv.slice(2));
  const rows: string[] = [];
  const jsonLines: string[] = [];
  for (const n of sizes) {
    const content = synthesize(n);
    const figures: Record<string, BuildFigures> = {};
    for (const kind of ['baseline', 'ours'] as const) {
      const root = prepare(kind, n, content);
      console.error(`bench: N=${n} ${kind}: clean build…`);
      figures[`${kind} clean`] = await build(root);
      touchOneArticle(root);
      console.error(`bench: N=${n} ${kind}: warm rebuild after one article changed…`);
      figures[`${kind} warm`] = await build(root);
    }
    for (const [name, result] of Object.entries(figures)) {
      const baseline = figures[name.replace('ours', 'baseline')] as BuildFigures;
      const ratio = name.startsWith('ours')
        ? `${fmt(result.wallSeconds / baseline.wallSeconds, 2)}x time, ${fmt(result.peakRssMb / baseline.peakRssMb, 2)}x memory`
        : '';
      rows.push(
        [
          String(n).padStart(5),
          name.padEnd(15),
          `${fmt(result.wallSeconds)} s`.padStart(8),
          `${fmt(result.cpuSeconds)} s`.padStart(8),
          `${fmt(result.peakRssMb, 0)} MB`.padStart(8),
          String(result.pages).padStart(6),
          `${fmt(result.outputMb)} MB`.padStart(9),
          ratio,
        ].join('  '),
      );
      jsonLines.push(JSON.stringify({ n, build: name, ...result }));
      const stages = Object.entries(result.stages).map(([stage, seconds]) => `${stage} ${fmt(seconds, 2)} s`);
      if (stages.length > 0) rows.push(`${' '.repeat(7)}stages: ${stages.join(', ')}`);
    }
    const ours = figures['ours clean'] as BuildFigures;
    const base = figures['baseline clean'] as BuildFigures;
    const oursWarm = figures['ours warm'] as BuildFigures;
    const baseWarm = figures['baseline warm'] as BuildFigures;
    rows.push(
      `${' '.repeat(7)}budgets: clean time ${fmt(ours.wallSeconds / base.wallSeconds, 2)}x (max 1.5), memory ${fmt(
        ours.peakRssMb / base.peakRssMb,
        2,
      )}x (max 1.3), warm ${fmt(oursWarm.wallSeconds / baseWarm.wallSeconds, 2)}x baseline warm (max 1.15), warm vs baseline clean ${fmt(
        oursWarm.wallSeconds / base.wallSeconds,
        2,
      )}x (max 1.0)`,
    );
  }
  console.log('    N  build            wall      CPU    peak RSS  pages     output  ours vs baseline');
  for (const row of rows) console.log(row);
  const clean = (n: number) =>
    jsonLines
      .map((line) => JSON.parse(line) as { n: number; build: string; wallSeconds: number })
      .find((r) => r.n === n && r.build === 'ours clean');
  const at1000 = clean(1000);
  const at2000 = clean(2000);
  if (at1000 && at2000)
    console.log(`growth: time at 2000 / time at 1000 = ${fmt(at2000.wallSeconds / at1000.wallSeconds, 2)} (max 2.1)`);
  for (const line of jsonLines) console.log(line);
}

await main();
