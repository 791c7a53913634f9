import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { SEARCH_CHANNEL, type PageMessage } from './search-channel.ts';

/*
 * Feeds Pagefind from a worker thread: story pages arrive on SEARCH_CHANNEL while Astro renders,
 * and on "finish" any story page that did not arrive is read from the output, then the index is
 * written. Started by search-index.ts with { outDir, base }.
 */

const { outDir, base } = workerData as { outDir: string; base: string };
const STORY_FOLDERS = ['articles', 'testimonials'];

const channel = new BroadcastChannel(SEARCH_CHANNEL);
const created = pagefind.createIndex({});
const added = new Set<string>();
const adding: Promise<{ errors: string[] }>[] = [];
let finished = false;
let readBack = 0;

function add(sourcePath: string, content: string): void {
  if (finished || added.has(sourcePath)) return;
  added.add(sourcePath);
  adding.push(created.then(({ index, errors }) => (index ? index.addHTMLFile({ sourcePath, content }) : { errors })));
}

/** /base/articles/x/ becomes articles/x/index.html, the file Astro writes for it. */
function sourcePathOf(pathname: string): string {
  const relative = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname).replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

channel.onmessage = (event: MessageEvent<PageMessage>) => add(sourcePathOf(event.data.pathname), event.data.html);

parentPort?.once('message', async () => {
  // Anything the renderer did not hand over (none, normally) is read back from the output.
  for (const folder of STORY_FOLDERS) {
    const dir = path.join(outDir, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const sourcePath = `${folder}/${name}/index.html`;
      if (added.has(sourcePath)) continue;
      const file = path.join(outDir, sourcePath);
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (html.includes('data-pagefind-body')) {
        add(sourcePath, html);
        readBack += 1;
      }
    }
  }
  finished = true;
  channel.close();
  const { index, errors } = await created;
  const problems = [...errors, ...(await Promise.all(adding)).flatMap((result) => result.errors)];
  if (!index || problems.length > 0) {
    parentPort?.postMessage({ errors: problems.length > 0 ? problems : ['Pagefind could not start'] });
    await pagefind.close();
    return;
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
  await pagefind.close();
  parentPort?.postMessage({ errors: written.errors, pages: added.size, readBack });
});
