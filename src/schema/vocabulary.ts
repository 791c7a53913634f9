/**
 * Fixed vocabularies for testimonial facets, each value with the label readers see.
 * The keys are what editors write in frontmatter; they also become URL segments.
 */
export const channelLabels = {
  phone: 'Phone',
  email: 'Email',
  chat: 'Chat',
  'in-person': 'In person',
  social: 'Social media',
} as const;

export const employerLabels = {
  'online-retailer': 'Online retailer',
  'family-business': 'Family business',
  'software-company': 'Software company',
  'e-commerce': 'E-commerce',
  telecom: 'Telecom',
  hospitality: 'Hospitality',
  'financial-services': 'Financial services',
} as const;

export const workModeLabels = {
  remote: 'Remote',
  'on-site': 'On site',
  hybrid: 'Hybrid',
} as const;

export type Channel = keyof typeof channelLabels;
export type EmployerKind = keyof typeof employerLabels;
export type WorkMode = keyof typeof workModeLabels;

export const channels = Object.keys(channelLabels) as [Channel, ...Channel[]];
export const employerKinds = Object.keys(employerLabels) as [EmployerKind, ...EmployerKind[]];
export const workModes = Object.keys(workModeLabels) as [WorkMode, ...WorkMode[]];

/** Tags whose label is not simply the slug with spaces and a capital first letter. */
export const tagLabelOverrides: Readonly<Record<string, string>> = {
  'e-commerce': 'E-commerce',
};

/**
 * The components editors can use in any MDX story without importing them. The content check
 * rejects any other capitalised tag a story neither imports nor finds here (a typo like <Callot>);
 * src/components/mdx/index.ts must provide exactly these, which its type holds it to.
 */
export const mdxComponentNames = ['Callout', 'Figure', 'PullQuote', 'StepsDiagram'] as const;
export type MdxComponentName = (typeof mdxComponentNames)[number];
