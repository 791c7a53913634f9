import { formatDate } from '../../stories/dates.ts';
import { resultExcerpt } from '../../stories/search-excerpt.ts';
import { browserBasePath } from '../../urls/base-path.ts';

/*
 * The search page's browser script: runs Pagefind in the browser for the query and kind in the
 * form (and in the address, ?q=queue&kind=testimonials), shows 20 results at a time with
 * "More results" for the rest, and hides the links offered to readers without JavaScript.
 */

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; date?: string };
  filters: { kind?: string[] };
}
interface PagefindHit {
  data(): Promise<PagefindResult>;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}

/** Results shown at first, and added by each press of "More results". */
const PAGE_SIZE = 20;
/** The radio values, as in the address (?kind=articles), and the label each story page carries. */
const KIND_FILTERS: Record<string, string> = { articles: 'Article', testimonials: 'Testimonial' };

const base = browserBasePath();
const form = document.getElementById('search-page-form') as HTMLFormElement;
const input = document.getElementById('search-page-input') as HTMLInputElement;
const status = document.getElementById('search-status') as HTMLElement;
const list = document.getElementById('search-results') as HTMLOListElement;
const more = document.getElementById('search-more') as HTMLButtonElement;
let engine: Promise<Pagefind> | undefined;
let hits: PagefindHit[] = [];
let summary = '';

function loadEngine(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ baseUrl: base });
    return module;
  });
  return engine;
}

const chosenKind = () => new FormData(form).get('kind')?.toString() ?? '';

/** Shows the next PAGE_SIZE hits; returns the first new link so "More results" can move focus to it. */
async function showMore(): Promise<HTMLAnchorElement | undefined> {
  const next = hits.slice(list.children.length, list.children.length + PAGE_SIZE);
  const results = await Promise.all(next.map((hit) => hit.data()));
  let first: HTMLAnchorElement | undefined;
  for (const result of results) {
    const title = result.meta.title ?? result.url;
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = title;
    heading.append(link);
    const about = document.createElement('p');
    about.className = 'search-result__about';
    const date = result.meta.date ? formatDate(new Date(`${result.meta.date}T00:00:00Z`)) : '';
    about.textContent = [result.filters.kind?.[0], date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.innerHTML = resultExcerpt(result.excerpt, title);
    item.append(heading, about, excerpt);
    list.append(item);
    first ??= link;
  }
  const shown = list.children.length;
  more.hidden = shown >= hits.length;
  status.textContent = shown < hits.length ? `${summary} Showing the first ${shown}.` : summary;
  return first;
}

async function run(query: string, kind: string): Promise<void> {
  const url = new URL(location.href);
  for (const [name, value] of [
    ['q', query],
    ['kind', kind],
  ] as const) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  history.replaceState(null, '', url);
  list.replaceChildren();
  more.hidden = true;
  hits = [];
  if (!query) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const filter = KIND_FILTERS[kind];
  const search = await (await loadEngine()).search(query, filter ? { filters: { kind: filter } } : {});
  if (input.value.trim() !== query || chosenKind() !== kind) return;
  hits = search.results;
  const noun = filter
    ? `${filter.toLowerCase()}${hits.length === 1 ? '' : 's'}`
    : hits.length === 1
      ? 'story'
      : 'stories';
  summary =
    hits.length === 0
      ? `No ${filter ? `${filter.toLowerCase()}s` : 'stories'} match “${query}”.`
      : `${hits.length} ${noun} ${hits.length === 1 ? 'matches' : 'match'} “${query}”.`;
  await showMore();
}

const rerun = () => void run(input.value.trim(), chosenKind());
document.getElementById('search-fallback')?.setAttribute('hidden', '');
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(rerun, 200);
});
form.addEventListener('change', (event) => {
  if (event.target !== input) rerun();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  rerun();
});
more.addEventListener('click', async () => {
  (await showMore())?.focus();
});
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
const kindRadio = form.querySelector<HTMLInputElement>(
  `input[name="kind"][value="${CSS.escape(params.get('kind') ?? '')}"]`,
);
if (kindRadio) kindRadio.checked = true;
rerun();
