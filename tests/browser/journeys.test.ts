import { describe, expect, it } from 'vitest';
import { replyTemplate } from '../../src/schema/reply-form.ts';
import { draftFromReply } from '../../scripts/editorial/reply.ts';
import { siteConfig } from '../../src/site.config.ts';
import { distDir, htmlPages, publishedEntries, readPage, unpublishedEntries, urlOf } from '../support/built-site.ts';
import { axeViolations } from '../support/axe.ts';
import { useSiteInBrowser } from '../support/chromium.ts';
import { shownText } from '../support/shown-text.ts';

/*
 * The journeys chart, the small chart on each testimonial and the /share/ page, as built: what the
 * HTML holds, then what a reader sees in a real browser at phone and desktop widths, in both
 * themes and on paper.
 */

const testimonials = publishedEntries.filter((entry) => entry.collection === 'testimonials');
const drafts = unpublishedEntries.filter((entry) => entry.collection === 'testimonials');
const nameOf = (entry: (typeof testimonials)[number]) => String(entry.data['name']);
const [first] = testimonials;
if (!first) throw new Error('the content under test has no published testimonial');

describe('the journeys chart on /testimonials/', () => {
  const index = readPage('/testimonials/');
  const chart = index.querySelector('#journeys svg');

  it('has a title and a description, and one linked line per published testimonial', () => {
    expect(testimonials.length).toBeGreaterThanOrEqual(6);
    const title = chart?.querySelector(`#${chart.getAttribute('aria-labelledby')}`);
    const description = chart?.querySelector(`#${chart.getAttribute('aria-describedby')}`);
    expect(title?.tagName).toBe('TITLE');
    expect(title?.text).toContain(`${testimonials.length} people`);
    expect(description?.tagName).toBe('DESC');
    const links = chart?.querySelectorAll('a.journey') ?? [];
    expect(links.map((link) => link.getAttribute('href')).sort()).toEqual(testimonials.map(urlOf).sort());
    for (const link of links) {
      const entry = testimonials.find((candidate) => urlOf(candidate) === link.getAttribute('href'));
      expect(link.querySelector('title')?.text, link.getAttribute('href') ?? '').toContain(
        `${entry && nameOf(entry)}, `,
      );
      expect(link.querySelectorAll('line.journey__line')).toHaveLength(1);
    }
  });

  it('draws no line for a draft', () => {
    expect(drafts.length).toBeGreaterThan(0);
    const hrefs = index.querySelectorAll('#journeys a').map((link) => link.getAttribute('href'));
    for (const draft of drafts) {
      expect(hrefs).not.toContain(urlOf(draft));
      expect(index.text).not.toContain(nameOf(draft));
    }
  });

  it('orders the lines longest first, each ending at the years in service on the shared axis', () => {
    const lines = chart?.querySelectorAll('a.journey') ?? [];
    const years = lines.map((link) => {
      const entry = testimonials.find((candidate) => urlOf(candidate) === link.getAttribute('href'));
      return Number(entry?.data['yearsInService']);
    });
    expect(years).toEqual([...years].sort((a, b) => b - a));
    const ticks = chart?.querySelectorAll('.journeys__tick').map((tick) => tick.text) ?? [];
    const end = Number.parseInt(ticks.at(-1) ?? '', 10);
    expect(end).toBeGreaterThanOrEqual(Math.max(...years));
    const percent = (value: string | undefined) => Number.parseFloat(value ?? '');
    const x = (year: number) => 2.5 + (95 * year) / end;
    lines.forEach((link, row) => {
      const line = link.querySelector('line.journey__line');
      expect(percent(line?.getAttribute('x1'))).toBeCloseTo(x(0), 2);
      expect(percent(line?.getAttribute('x2')), link.getAttribute('href') ?? '').toBeCloseTo(x(years[row] ?? -1), 2);
    });
  });

  it('colours each line by kind of employer, with a legend whose counts add up', () => {
    const legend = index.querySelectorAll('.journeys__legend li');
    const counted = legend.reduce((sum, item) => sum + Number(/\((\d+)\)/.exec(item.text)?.[1]), 0);
    expect(counted).toBe(testimonials.length);
    for (const link of chart?.querySelectorAll('a.journey') ?? []) {
      const entry = testimonials.find((candidate) => urlOf(candidate) === link.getAttribute('href'));
      expect(link.classList.contains(`journey--${String(entry?.data['employer'])}`)).toBe(true);
      expect(legend.some((item) => item.classList.contains(`journey--${String(entry?.data['employer'])}`))).toBe(true);
    }
  });

  it('has the same facts beside it as a list: each person, linked, from where they started to their role now', () => {
    const items = index.querySelectorAll('.journeys__list > li');
    expect(items).toHaveLength(testimonials.length);
    for (const entry of testimonials) {
      const item = items.find((li) => li.querySelector(`a[href="${urlOf(entry)}"]`));
      expect(item?.querySelector('a')?.text).toBe(nameOf(entry));
      const steps = item?.querySelectorAll('.journeys__steps li').map((li) => li.text) ?? [];
      expect(steps[0]?.toLowerCase()).toContain(String(entry.data['startedAs']).toLowerCase());
      expect(steps.at(-1)?.toLowerCase()).toContain(String(entry.data['role']).toLowerCase());
      expect(item?.text).toContain(`${String(entry.data['yearsInService'])} years in service`);
    }
  });

  it('invites readers to tell their own story', () => {
    expect(index.querySelector('main .lede a[href="/share/"]')).not.toBeNull();
  });
});

describe('the small chart on each testimonial', () => {
  it('places the person among everyone published: their line drawn bold and named, the others thin', () => {
    for (const entry of testimonials) {
      const figure = readPage(urlOf(entry)).querySelector('.journey-place');
      expect(figure, urlOf(entry)).not.toBeNull();
      expect(figure?.querySelectorAll('.journey-place__own')).toHaveLength(1);
      expect(figure?.querySelectorAll('.journey-place__others')).toHaveLength(testimonials.length - 1);
      expect(figure?.querySelector('.journey-place__label')?.text).toContain(nameOf(entry));
      expect(shownText(figure?.querySelector('figcaption'))).toMatch(
        new RegExp(`^${nameOf(entry)}: \\d+ years? in service`),
      );
      expect(figure?.querySelector('figcaption a')?.getAttribute('href')).toBe('/testimonials/#journeys');
    }
  });
});

describe('/share/', () => {
  const page = readPage('/share/');

  it('asks the question "Service for life" ends on, and links to that story', () => {
    expect(page.querySelector('blockquote')?.text).toContain('What was the moment that made you stay in service');
    expect(page.querySelector('a[href="/articles/service-for-life/"]')).not.toBeNull();
    expect(readPage('/articles/service-for-life/').querySelector('.prose a[href="/share/"]')).not.toBeNull();
  });

  it('opens an email to the configured address whose lines the editors’ command can read back', () => {
    const mailto = new URL(page.querySelector('a.reply-send')?.getAttribute('href') ?? '');
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe(siteConfig.contactEmail);
    expect(mailto.searchParams.get('subject')).toBe(`My story for ${siteConfig.title}`);
    const body = (mailto.searchParams.get('body') ?? '').replaceAll('\r\n', '\n');
    expect(body).toBe(replyTemplate());
    // A reader answers after each colon and writes the story under the last line.
    const answers = ['Zuri', 'Team lead', 'Shop assistant', '4', '', 'phone', 'telecom', 'remote', 'I like people.'];
    const lines = body.split('\n');
    const answered = [
      ...lines.slice(0, answers.length).map((line, index) => `${line} ${answers[index]}`),
      ...lines.slice(answers.length),
      'It started on a Monday.',
    ].join('\n');
    const result = draftFromReply(answered, new Date());
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('is linked from the footer of every page', () => {
    for (const url of htmlPages()) {
      expect(readPage(url).querySelector('.site-footer a[href="/share/"]'), url).not.toBeNull();
    }
  });
});

const site = useSiteInBrowser(distDir);

describe('in the browser', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      it(`reads well at ${width} px in the ${colorScheme} theme: no sideways scroll, every name visible, clean under axe`, async () => {
        const context = await site.browser().newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        await page.goto(`${site.server().home}testimonials/`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        const chartText = await page.locator('#journeys').innerText();
        for (const entry of testimonials) expect(chartText).toContain(nameOf(entry));
        const box = await page.locator('#journeys svg').boundingBox();
        expect(box?.width).toBeGreaterThan(width >= 1280 ? 500 : 300);
        expect(box && box.x + box.width).toBeLessThanOrEqual(width);
        // Labels keep the page's own text size however wide the chart is drawn.
        const fontSize = await page
          .locator('.journey__label')
          .first()
          .evaluate((text) => getComputedStyle(text).fontSize);
        expect(Number.parseFloat(fontSize)).toBeGreaterThanOrEqual(14);
        const chart = await axeViolations(page, { within: '#journeys' });
        expect(chart.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
        await page.goto(`${site.server().origin}${urlOf(first)}`);
        const placement = await axeViolations(page, { within: '.journey-place' });
        expect(placement.map((violation) => violation.id)).toEqual([]);
        await context.close();
      }, 60_000);
    }
  }

  it('follows the theme: the same line is drawn in a different colour in light and dark', async () => {
    const strokes: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser().newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server().home}testimonials/`);
      strokes.push(
        await page
          .locator('.journey__line')
          .first()
          .evaluate((line) => getComputedStyle(line).stroke),
      );
      await context.close();
    }
    expect(strokes[0]).toMatch(/^rgb/);
    expect(strokes[1]).not.toBe(strokes[0]);
  }, 30_000);

  it('prints in dark ink on paper even when the screen is in the dark theme', async () => {
    const context = await site.browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server().home}testimonials/`);
    const luminance = () =>
      page.evaluate(() => {
        const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const light = (colour: string) => channels(colour).reduce((sum, channel) => sum + channel, 0) / 3;
        const label = document.querySelector('.journey__label');
        const item = document.querySelector('.journeys__who');
        const line = document.querySelector('.journey__line');
        return [label, item, line].map((element) =>
          light(
            element
              ? getComputedStyle(element)[element === line ? 'stroke' : element === label ? 'fill' : 'color']
              : '',
          ),
        );
      });
    const onScreen = await luminance();
    await page.emulateMedia({ media: 'print' });
    const onPaper = await luminance();
    for (const [index, value] of onPaper.entries()) {
      expect(onScreen[index]).toBeGreaterThan(150);
      expect(value).toBeLessThan(110);
    }
    await context.close();
  }, 30_000);

  it('takes a reader to the story when they tap anywhere on a person’s row, and from the keyboard', async () => {
    const context = await site.browser().newContext({ viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.server().home}testimonials/`);
    const row = page.locator('a.journey').last();
    const href = await row.getAttribute('href');
    await row.scrollIntoViewIfNeeded();
    const hit = await row.locator('.journey__hit').boundingBox();
    expect(hit?.height).toBeGreaterThanOrEqual(44);
    // The far right of the shortest line's row: nothing is drawn there but the row itself.
    await page.mouse.click((hit?.x ?? 0) + (hit?.width ?? 0) - 10, (hit?.y ?? 0) + (hit?.height ?? 0) / 2);
    await page.waitForURL(`**${href}`);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.goto(`${site.server().home}testimonials/`);
    // The chart's links come straight after the invitation in the introduction, in reading order.
    await page.locator('main .lede a[href="/share/"]').focus();
    await page.keyboard.press('Tab');
    const focused = page.locator('a.journey:focus');
    const firstHref = await focused.getAttribute('href');
    expect(firstHref).toBe(await page.locator('a.journey').first().getAttribute('href'));
    expect(await focused.locator('.journey__hit').evaluate((rect) => getComputedStyle(rect).stroke)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${firstHref}`);
    expect(new URL(page.url()).pathname).toBe(firstHref);
    await context.close();
  }, 30_000);
});
