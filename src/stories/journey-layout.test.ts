import { describe, expect, it } from 'vitest';
import {
  careerSteps,
  FULL_SIZES,
  layoutJourneys,
  percentAcross,
  SMALL_SIZES,
  yearScale,
  type JourneyPerson,
  type JourneySizes,
} from './journey-layout.ts';

function person(id: string, yearsInService: number, extra: Partial<JourneyPerson> = {}): JourneyPerson {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    startedAs: 'Shop assistant',
    role: 'Team lead',
    yearsInService,
    employer: 'telecom',
    ...extra,
  };
}

const sizes: JourneySizes = { top: 30, rowHeight: 50, lineOffset: 40, bottom: 10, labelSpace: 20 };

describe('the year scale', () => {
  it.each([
    [12, 15, [0, 5, 10, 15]],
    [15, 15, [0, 5, 10, 15]],
    [10, 10, [0, 2, 4, 6, 8, 10]],
    [7, 8, [0, 2, 4, 6, 8]],
    [3, 3, [0, 1, 2, 3]],
    [26, 30, [0, 10, 20, 30]],
    [60, 60, [0, 10, 20, 30, 40, 50, 60]],
  ])('for a longest career of %i years ends at %i with ticks %j', (longest, end, ticks) => {
    const scale = yearScale(longest);
    expect(scale.end).toBe(end);
    expect(scale.ticks.map((tick) => tick.year)).toEqual(ticks);
    expect(scale.ticks.map((tick) => tick.x)).toEqual(ticks.map((year) => year / end));
  });

  it('names the unit once, on the last tick, and keeps the end labels inside the chart', () => {
    expect(yearScale(12).ticks.map((tick) => [tick.label, tick.anchor])).toEqual([
      ['0', 'start'],
      ['5', 'middle'],
      ['10', 'middle'],
      ['15 years', 'end'],
    ]);
  });

  it('still has an axis when everyone has just started', () => {
    expect(yearScale(0)).toEqual({
      end: 1,
      ticks: [
        { year: 0, x: 0, label: '0', anchor: 'start' },
        { year: 1, x: 1, label: '1 year', anchor: 'end' },
      ],
    });
  });

  it('maps positions across to percentages with a margin at each side for the end dots', () => {
    expect([0, 0.5, 1, 1 / 3].map(percentAcross)).toEqual(['2.5%', '50%', '97.5%', '34.167%']);
  });
});

describe('career steps', () => {
  it('run from where they started, through each milestone, to the role now', () => {
    const steps = careerSteps(
      person('leila', 10, {
        startedAs: 'Shopping-mall concierge',
        role: 'Customer service manager',
        milestones: [
          { year: 2, role: 'Chat agent' },
          { year: 5, role: 'Team lead' },
        ],
      }),
    );
    expect(steps).toEqual([
      { year: 0, role: 'Shopping-mall concierge', kind: 'start' },
      { year: 2, role: 'Chat agent', kind: 'step' },
      { year: 5, role: 'Team lead', kind: 'step' },
      { year: 10, role: 'Customer service manager', kind: 'now' },
    ]);
  });

  it('let a milestone in the final year give way to the role now, so no year has two roles', () => {
    const steps = careerSteps(person('grace', 4, { milestones: [{ year: 4, role: 'Lead' }], role: 'Team lead' }));
    expect(steps.map((step) => `${step.year} ${step.role}`)).toEqual(['0 Shop assistant', '4 Team lead']);
  });

  it('keep both ends for someone in their first year', () => {
    expect(careerSteps(person('new', 0)).map((step) => [step.kind, step.year])).toEqual([
      ['start', 0],
      ['now', 0],
    ]);
  });
});

describe('the layout', () => {
  const people = [
    person('priya', 3, { employer: 'software-company' }),
    person('grace', 12, { employer: 'financial-services', milestones: [{ year: 3, role: 'Phone agent' }] }),
    person('kofi', 8, { employer: 'software-company' }),
    person('ana', 8, { employer: 'telecom' }),
  ];

  it('puts the longest journey first, breaking ties by name, whatever order the data comes in', () => {
    const order = (list: JourneyPerson[]) => layoutJourneys(list, sizes).rows.map((row) => row.person.id);
    expect(order(people)).toEqual(['grace', 'ana', 'kofi', 'priya']);
    expect(order([...people].reverse())).toEqual(['grace', 'ana', 'kofi', 'priya']);
  });

  it('breaks a tie of years and name by id, so two people called the same never swap', () => {
    const twins = [person('sam-b', 5, { name: 'Sam' }), person('sam-a', 5, { name: 'Sam' })];
    expect(layoutJourneys(twins, sizes).rows.map((row) => row.person.id)).toEqual(['sam-a', 'sam-b']);
  });

  it('stacks the rows from the top margin, each line at its offset, and sizes the drawing to fit', () => {
    const layout = layoutJourneys(people, sizes);
    expect(layout.rows.map((row) => [row.top, row.lineY])).toEqual([
      [30, 70],
      [80, 120],
      [130, 170],
      [180, 220],
    ]);
    expect(layout.height).toBe(30 + 4 * 50 + 10);
  });

  it('makes room for a label above the line of the one person picked out, moving the rows below down', () => {
    const layout = layoutJourneys(people, sizes, 'ana');
    expect(layout.rows.map((row) => [row.person.id, row.top, row.height, row.lineY])).toEqual([
      ['grace', 30, 50, 70],
      ['ana', 80, 70, 140],
      ['kofi', 150, 50, 190],
      ['priya', 200, 50, 240],
    ]);
    expect(layout.height).toBe(30 + 4 * 50 + 20 + 10);
    expect(layoutJourneys(people, sizes, 'nobody').height).toBe(layoutJourneys(people, sizes).height);
  });

  it('places each step across the chart by its year on the shared scale', () => {
    const layout = layoutJourneys(people, sizes);
    expect(layout.scale.end).toBe(15);
    const grace = layout.rows[0];
    expect(grace?.steps.map((step) => [step.year, step.x])).toEqual([
      [0, 0],
      [3, 3 / 15],
      [12, 12 / 15],
    ]);
    const priya = layout.rows[3];
    expect(priya?.steps.at(-1)?.x).toBe(3 / 15);
  });

  it('lists the kinds of employer present, in the vocabulary order, with how many people each', () => {
    expect(layoutJourneys(people, sizes).groups).toEqual([
      { employer: 'software-company', label: 'Software company', count: 2 },
      { employer: 'telecom', label: 'Telecom', count: 1 },
      { employer: 'financial-services', label: 'Financial services', count: 1 },
    ]);
  });

  it('gives the full chart room for a label above each line, and the small one thin rows with room for a name', () => {
    const full = layoutJourneys(people, FULL_SIZES);
    const small = layoutJourneys(people, SMALL_SIZES);
    expect(full.rows[1]?.lineY).toBe(FULL_SIZES.top + FULL_SIZES.rowHeight + FULL_SIZES.lineOffset);
    expect(small.height).toBeLessThan(full.height / 2);
    expect(SMALL_SIZES.lineOffset).toBeGreaterThanOrEqual(16);
  });

  it('draws nothing but the axis for nobody', () => {
    const layout = layoutJourneys([], sizes);
    expect(layout.rows).toEqual([]);
    expect(layout.groups).toEqual([]);
    expect(layout.height).toBe(40);
    expect(layout.scale.end).toBe(1);
  });
});
