import { channelLabels, employerLabels, workModeLabels } from './vocabulary.ts';

/*
 * The questions on /share/ and the labelled lines of the email a reader sends back. The page builds
 * its email template from this list, and `npm run new -- testimonial --from reply.txt` reads a
 * reply by the same labels, so the two can never disagree about what a line is called.
 */

export type ReplyField =
  | 'name'
  | 'role'
  | 'startedAs'
  | 'yearsInService'
  | 'milestones'
  | 'channels'
  | 'employer'
  | 'workMode'
  | 'quote'
  | 'story';

export interface ReplyLine {
  /** What starts the line in the email: "Role now". */
  label: string;
  /** The testimonial field it fills; `story` is the body. */
  field: ReplyField;
  /** The question as the page asks it. */
  question: string;
  /** How to answer, shown on the page and in brackets after the label in the email. */
  hint: string;
  optional?: true;
}

const list = (labels: Record<string, string>) => {
  const words = Object.values(labels).map((label) => label.toLowerCase());
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
};

/** The question that "Service for life" ends on, which the story answers. */
export const STORY_QUESTION = 'What was the moment that made you stay in service, and why do you love it?';

export const replyLines: readonly ReplyLine[] = [
  {
    label: 'First name',
    field: 'name',
    question: 'What first name should we use?',
    hint: 'one name; before we publish, we will ask whether to show your real one',
  },
  {
    label: 'Role now',
    field: 'role',
    question: 'What is your job now?',
    hint: 'such as team lead',
  },
  {
    label: 'Started as',
    field: 'startedAs',
    question: 'What was your first job with customers?',
    hint: 'shop counter, front desk, phone, chat: whatever came first',
  },
  {
    label: 'Years in service',
    field: 'yearsInService',
    question: 'How many years have you worked with customers since then?',
    hint: 'a whole number, leaving out time away from work',
  },
  {
    label: 'Steps along the way',
    field: 'milestones',
    question: 'Which roles came in between, and how many years in did each begin?',
    hint: 'optional, such as 2 chat agent; 5 team lead',
    optional: true,
  },
  {
    label: 'Channels',
    field: 'channels',
    question: 'Which channels do you work in?',
    hint: `one or more of ${list(channelLabels)}`,
  },
  {
    label: 'Kind of employer',
    field: 'employer',
    question: 'What kind of organisation do you work for?',
    hint: `one of ${list(employerLabels)}`,
  },
  {
    label: 'Work mode',
    field: 'workMode',
    question: 'Where do you work?',
    hint: list(workModeLabels),
  },
  {
    label: 'In one sentence',
    field: 'quote',
    question: 'What would you say about your work in one sentence? We may set it large on the page.',
    hint: 'up to 200 characters',
  },
  {
    label: 'Your story',
    field: 'story',
    question: STORY_QUESTION,
    hint: 'write as much as you like, under this line',
  },
];

/** A line as it starts in the email: "Role now (such as team lead):". */
export function replyLinePrefix(line: ReplyLine): string {
  return `${line.label} (${line.hint}):`;
}

/** The body of the email a reader fills in: one labelled line per answer, the story last. */
export function replyTemplate(): string {
  return `${replyLines.map(replyLinePrefix).join('\n')}\n\n`;
}
