import { isoDate } from '../../stories/dates.ts';
import type { ContentFile } from '../validate-files.ts';
import type { ContentReport } from './context.ts';

const DAY = 24 * 60 * 60 * 1000;

/** How long before consent ends the check starts warning, so editors can ask to renew it. */
export const CONSENT_NOTICE_DAYS = 30;

/**
 * A testimonial whose consent ends within the notice period: from the first build on that day it
 * is unpublished everywhere, so editors hear about it while there is time to ask again.
 */
export function checkConsentExpiry(files: readonly ContentFile[], now: Date): ContentReport[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return files.flatMap((file): ContentReport[] => {
    const expires = file.collection === 'testimonials' ? file.data.consent?.expires : undefined;
    if (!expires) return [];
    const days = Math.round((expires.getTime() - today) / DAY);
    if (days > CONSENT_NOTICE_DAYS) return [];
    const when = days <= 0 ? 'ended' : days === 1 ? 'ends tomorrow' : `ends in ${days} days`;
    const message =
      days <= 0
        ? `consent ${when} on ${isoDate(expires)}, so production no longer publishes this story; renew the consent with a new expires date, or remove the file`
        : `consent ${when}, on ${isoDate(expires)}; from the first build that day the story is unpublished everywhere, so ask to renew it and update expires`;
    return [{ file: file.file, field: 'consent.expires', message, severity: 'warning' }];
  });
}

/**
 * A testimonial that records neither `composite` nor `consent`. Only a draft gets this far (the
 * schema refuses a published one): a reader's story from /share/, waiting for the editors to
 * agree consent with its writer.
 */
export function checkConsentRecorded(files: readonly ContentFile[]): ContentReport[] {
  return files.flatMap((file): ContentReport[] =>
    file.collection === 'testimonials' && !file.data.composite && !file.data.consent
      ? [
          {
            file: file.file,
            field: 'consent',
            message:
              'not recorded yet: agree consent with the writer, then add consent with given, name and, if agreed, expires before removing draft: true',
            severity: 'warning',
          },
        ]
      : [],
  );
}
