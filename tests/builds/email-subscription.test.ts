import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildProject, copyProject, reuseDrawnImages } from '../support/project-copy.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

/*
 * A build with subscribing by email switched on (a feed-to-email service in the site config, here
 * through its environment variables): /subscribe/ gains a form that posts to that service only,
 * the CSP's form-action allows that one origin beside our own, and nothing on the page loads from
 * the service before the reader sends the form.
 */

const SERVICE = 'https://mail.example.net';
const ACTION = `${SERVICE}/subscribe/service-stories`;
let dist = '';

beforeAll(async () => {
  const root = copyProject('email-subscription');
  reuseDrawnImages(root, inject('builtRoot'));
  const result = await buildProject(root, { EMAIL_SUBSCRIBE_ACTION: ACTION, EMAIL_SUBSCRIBE_SERVICE: 'Mail Example' });
  if (result.code !== 0) throw new Error(`the build failed:\n${result.output}`);
  dist = path.join(root, 'dist');
}, 300_000);

describe('subscribing by email, switched on', () => {
  it('offers a form on /subscribe/ that posts the reader’s address to the service and nowhere else', () => {
    const page = parse(readFileSync(path.join(dist, 'subscribe', 'index.html'), 'utf8'));
    const form = page.querySelector('form[method="post"]');
    expect(form?.getAttribute('action')).toBe(ACTION);
    expect(form?.querySelector('input[type="email"]')?.getAttribute('name')).toBe('email');
    expect(form?.text).toContain('Mail Example');
    // Nothing is fetched from the service before the form is sent: no script, image, style or frame.
    const loaded = page
      .querySelectorAll('[src], link[href], [srcset]')
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('srcset'));
    expect(loaded.filter((address) => address?.includes('mail.example.net'))).toEqual([]);
  });

  it('lets forms post to the service’s origin and our own pages only', () => {
    const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
    const policy = headersFor(rules, '/subscribe/').get('content-security-policy') ?? '';
    expect(policy).toMatch(new RegExp(`(^|; )form-action 'self' ${SERVICE}(;|$)`));
    expect(policy.match(/https?:\/\//g)).toHaveLength(1);
    const nginx = readFileSync(path.join(dist, '_nginx', 'security-headers.conf'), 'utf8');
    expect(nginx).toContain(`form-action 'self' ${SERVICE}`);
  });
});
