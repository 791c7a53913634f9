import type { ListedTag } from '../../src/schema/tag-list.ts';
import { unlistedTag } from '../../src/content-check/checks/tags.ts';
import { cancel, intro, isCancel, log, multiselect, select, text } from '@clack/prompts';
import {
  channelLabels,
  channels,
  employerKinds,
  employerLabels,
  workModeLabels,
  workModes,
  type Channel,
} from '../../src/schema/vocabulary.ts';
import { check, checkText, list, type Complete, type Given, type Kind } from './scaffold.ts';

/*
 * `npm run new` in a terminal: asks for each field the command line did not give, offers the
 * vocabulary as choices, and asks again after an answer the schema refuses (with the schema's own
 * words). Ctrl-C at any question stops without writing anything.
 */

/** Thrown out of the questions when the editor presses Ctrl-C, so nothing after it runs. */
class Cancelled extends Error {}

function answer<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new Cancelled();
  return value as Exclude<T, symbol>;
}

/** clack hands validators undefined for an empty line. */
const typed = (value: string | undefined) => (value ?? '').trim();

export interface PromptContext {
  /** The tags of content/tags.yaml, offered as the ones to choose from. */
  listedTags: readonly ListedTag[];
}

const DEFAULT_ROLE = 'Customer service agent';

async function askKind(): Promise<Kind> {
  return answer(
    await select<Kind>({
      message: 'What would you like to create?',
      options: [
        { value: 'article', label: 'An article', hint: 'a piece about careers in service' },
        { value: 'testimonial', label: 'A testimonial', hint: "someone's own story, in the first person" },
      ],
    }),
  );
}

async function askTags(context: PromptContext): Promise<string[]> {
  const offered = context.listedTags.map((tag) => tag.slug).join(', ');
  const reply = answer(
    await text({
      message: `Tags, separated by commas (one or more of: ${offered})`,
      placeholder: 'careers',
      defaultValue: 'careers',
      validate: (value) => {
        const tags = list(typed(value) || 'careers');
        return check.tags(tags) ?? unlistedTag(tags, context.listedTags);
      },
    }),
  );
  return list(reply.trim() || 'careers');
}

async function askArticle(given: Given): Promise<Pick<Given, 'description'>> {
  if (given.description !== undefined) return {};
  const description = answer(
    await text({
      message: 'One sentence that sums it up (press Enter to leave a TODO for later)',
      validate: (value) => (typed(value) ? check.description(typed(value)) : undefined),
    }),
  );
  return { description: description.trim() || undefined };
}

async function askTestimonial(given: Given): Promise<Pick<Given, 'role' | 'channels' | 'employer' | 'workMode'>> {
  const role =
    given.role ??
    answer(
      await text({
        message: 'Their role now',
        placeholder: DEFAULT_ROLE,
        defaultValue: DEFAULT_ROLE,
        validate: (value) => check.role(typed(value) || DEFAULT_ROLE),
      }),
    ).trim();
  const chosenChannels =
    given.channels ??
    answer(
      await multiselect<Channel>({
        message: 'Channels they work in (space to choose, Enter to go on)',
        options: channels.map((value) => ({ value, label: channelLabels[value] })),
        required: true,
      }),
    );
  const employer =
    given.employer ??
    answer(
      await select({
        message: 'Kind of employer',
        options: employerKinds.map((value) => ({ value, label: employerLabels[value] })),
      }),
    );
  const workMode =
    given.workMode ??
    answer(
      await select({
        message: 'Where they work',
        options: workModes.map((value) => ({ value, label: workModeLabels[value] })),
      }),
    );
  return { role: role || DEFAULT_ROLE, channels: chosenChannels, employer, workMode };
}

/** Everything the command line left out, asked for in turn; undefined when the editor cancels. */
export async function askForMissing(given: Given, context: PromptContext): Promise<Complete | undefined> {
  try {
    intro('A new story for Service Stories');
    const kind = given.kind ?? (await askKind());
    const words = answer(
      given.text ??
        (await text({
          message: kind === 'article' ? 'Title' : 'Their first name (invented, for a composite)',
          placeholder: kind === 'article' ? 'Why I chose a career in service' : 'Rosa',
          validate: (value) => checkText(kind, typed(value)),
        })),
    ).trim();
    const details = kind === 'article' ? await askArticle(given) : await askTestimonial(given);
    const tags = given.tags ?? (await askTags(context));
    return { ...given, ...details, kind, text: words, tags };
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    cancel('Cancelled: nothing was written.');
    return undefined;
  }
}

/** Asks for another file name when the one the answers lead to is taken; undefined when the editor cancels. */
export async function askForSlug(
  problem: string,
  isFree: (slug: string) => string | undefined,
): Promise<string | undefined> {
  try {
    log.warn(`${problem}, so the new file needs another name.`);
    return answer(
      await text({
        message: 'File name (lower-case words joined by hyphens, without .mdx)',
        validate: (value) => {
          const inUse = isFree(typed(value));
          return check.slug(typed(value)) ?? (inUse && `${inUse}; try another`);
        },
      }),
    ).trim();
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    cancel('Cancelled: nothing was written.');
    return undefined;
  }
}
