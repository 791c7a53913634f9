import { employerLabels, type EmployerKind } from '../schema/vocabulary.ts';
import { yearsText } from './story-text.ts';

/*
 * The geometry of the journeys chart, from testimonial data alone: which row each person gets,
 * where each step of their career falls along the years, and the scale the years are drawn on.
 * Pure, so it is tested directly; the components only turn the numbers into SVG.
 *
 * Across, positions are fractions of the chart's width (0 is year 0, 1 the end of the axis) and
 * the SVG draws them as percentages, so the chart fills a phone or a desktop column with its text
 * at the page's own size. Down, positions are in CSS pixels.
 */

/** What the chart needs to know about one testimonial. */
export interface JourneyPerson {
  id: string;
  name: string;
  startedAs: string;
  role: string;
  yearsInService: number;
  milestones?: readonly { year: number; role: string }[] | undefined;
  employer: EmployerKind;
}

/** The chart's view of testimonial entries (from the library, so only published ones). */
export function journeyPeople(entries: readonly { id: string; data: Omit<JourneyPerson, 'id'> }[]): JourneyPerson[] {
  return entries.map(({ id, data }) => ({
    id,
    name: data.name,
    startedAs: data.startedAs,
    role: data.role,
    yearsInService: data.yearsInService,
    milestones: data.milestones,
    employer: data.employer,
  }));
}

export interface JourneyStep {
  /** Years into the career: 0 for where they started, yearsInService for now. */
  year: number;
  role: string;
  kind: 'start' | 'step' | 'now';
  /** Across the chart, 0 to 1. */
  x: number;
}

export interface JourneyRow {
  person: JourneyPerson;
  employerLabel: string;
  /** Top of the row's band, in pixels. */
  top: number;
  height: number;
  /** Height of the line, in pixels. */
  lineY: number;
  steps: JourneyStep[];
}

export interface YearTick {
  year: number;
  x: number;
  /** "0", "5", "10 years": the unit once, on the last tick. */
  label: string;
  /** Text anchoring that keeps the first and last labels inside the chart. */
  anchor: 'start' | 'middle' | 'end';
}

export interface YearScale {
  /** The year at the right-hand end of the axis: a whole number of ticks, at least one. */
  end: number;
  ticks: YearTick[];
}

export interface EmployerGroup {
  employer: EmployerKind;
  label: string;
  count: number;
}

export interface JourneyLayout {
  scale: YearScale;
  rows: JourneyRow[];
  /** The kinds of employer present, in the vocabulary's order, for the legend. */
  groups: EmployerGroup[];
  /** Height of the whole drawing, in pixels. */
  height: number;
}

/** Vertical measures of one size of chart, in pixels. */
export interface JourneySizes {
  /** Room above the first row, for the year labels. */
  top: number;
  rowHeight: number;
  /** From the top of a row to its line. */
  lineOffset: number;
  bottom: number;
  /** Extra room above the line of the one row picked out by name, for its label. */
  labelSpace: number;
}

/** The chart on /testimonials/: a label line above each person's line. */
export const FULL_SIZES: JourneySizes = { top: 28, rowHeight: 56, lineOffset: 38, bottom: 10, labelSpace: 0 };
/** The small chart on each testimonial page: one thin line per person, its name in small type above it. */
export const SMALL_SIZES: JourneySizes = { top: 26, rowHeight: 24, lineOffset: 18, bottom: 6, labelSpace: 6 };

/** A year axis from 0 that ends on a round number at or past `longest`, with ticks people can read. */
export function yearScale(longest: number): YearScale {
  const step = longest <= 5 ? 1 : longest <= 10 ? 2 : longest <= 25 ? 5 : 10;
  const end = Math.max(step, Math.ceil(longest / step) * step);
  const ticks: YearTick[] = [];
  for (let year = 0; year <= end; year += step) {
    const last = year + step > end;
    ticks.push({
      year,
      x: year / end,
      label: last ? yearsText(year) : String(year),
      anchor: year === 0 ? 'start' : last ? 'end' : 'middle',
    });
  }
  return { end, ticks };
}

/**
 * Percent of the drawing's width for a position across the chart. The lines keep 2.5% clear at
 * each side so the dots at year 0 and at the end of the axis are never cut off.
 */
export function percentAcross(x: number): string {
  const inset = 2.5;
  return `${Number((inset + x * (100 - 2 * inset)).toFixed(3))}%`;
}

/** Where they started, each milestone, and the role now; a milestone in the final year gives way to the role now. */
export function careerSteps(person: JourneyPerson): Omit<JourneyStep, 'x'>[] {
  const milestones = (person.milestones ?? []).filter((milestone) => milestone.year < person.yearsInService);
  return [
    { year: 0, role: person.startedAs, kind: 'start' },
    ...milestones.map((milestone) => ({ year: milestone.year, role: milestone.role, kind: 'step' as const })),
    { year: person.yearsInService, role: person.role, kind: 'now' },
  ];
}

/** Longest career first, then by name, so the order says something and never changes between builds. */
export function byLongestJourney(a: JourneyPerson, b: JourneyPerson): number {
  return b.yearsInService - a.yearsInService || a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id);
}

/**
 * Rows top to bottom, longest journey first, every step placed on one shared year scale. The row
 * of `picked` (an id), if given, is taller by `sizes.labelSpace` to hold a label above its line.
 */
export function layoutJourneys(people: readonly JourneyPerson[], sizes: JourneySizes, picked?: string): JourneyLayout {
  const scale = yearScale(Math.max(0, ...people.map((person) => person.yearsInService)));
  let top = sizes.top;
  const rows = [...people].sort(byLongestJourney).map((person) => {
    const extra = person.id === picked ? sizes.labelSpace : 0;
    const row = {
      person,
      employerLabel: employerLabels[person.employer],
      top,
      height: sizes.rowHeight + extra,
      lineY: top + extra + sizes.lineOffset,
      steps: careerSteps(person).map((step) => ({ ...step, x: step.year / scale.end })),
    };
    top += row.height;
    return row;
  });
  const groups = (Object.keys(employerLabels) as EmployerKind[]).flatMap((employer) => {
    const count = people.filter((person) => person.employer === employer).length;
    return count === 0 ? [] : [{ employer, label: employerLabels[employer], count }];
  });
  return { scale, rows, groups, height: top + sizes.bottom };
}
