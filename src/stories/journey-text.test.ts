import { describe, expect, it } from 'vitest';
import { layoutJourneys, type JourneyPerson, type JourneySizes } from './journey-layout.ts';
import { journeySentence, standingAmong, standingSentence } from './journey-text.ts';

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

describe('the words beside the chart', () => {
  it('tell a journey in one sentence, roles lower-cased mid-sentence', () => {
    const [row] = layoutJourneys(
      [
        person('grace', 12, {
          startedAs: 'Bank branch teller',
          role: 'Contact centre team lead',
          employer: 'financial-services',
          milestones: [{ year: 3, role: 'IT helpdesk agent' }],
        }),
      ],
      sizes,
    ).rows;
    expect(row && journeySentence(row)).toBe(
      'Grace, financial services: bank branch teller at the start; then IT helpdesk agent in year 3; then contact centre team lead now, after 12 years.',
    );
  });

  const crowd = [person('a', 12), person('b', 8), person('c', 8), person('d', 3), person('e', 1)];

  it.each([
    [
      'a',
      { longer: 0, same: 0, shorter: 4 },
      'A: 12 years in service, the longest of the 5 journeys in our testimonials.',
    ],
    [
      'e',
      { longer: 4, same: 0, shorter: 0 },
      'E: 1 year in service, the shortest of the 5 journeys in our testimonials.',
    ],
    [
      'b',
      { longer: 1, same: 1, shorter: 2 },
      'B: 8 years in service. Of the 4 others in our testimonials, 1 has been in service longer, 1 just as long and 2 for less time.',
    ],
    [
      'd',
      { longer: 3, same: 0, shorter: 1 },
      'D: 3 years in service. Of the 4 others in our testimonials, 3 have been in service longer and 1 for less time.',
    ],
  ])('place %s among the others', (id, standing, sentence) => {
    expect(standingAmong(crowd, id)).toEqual(standing);
    const own = crowd.find((p) => p.id === id);
    expect(own && standingSentence(own, standing)).toBe(sentence);
  });

  it('start with the shared years when nobody has been in service longer', () => {
    const pair = [person('x', 5), person('y', 5), person('z', 2)];
    expect(standingSentence(person('x', 5), standingAmong(pair, 'x'))).toBe(
      'X: 5 years in service. Of the 2 others in our testimonials, 1 has been in service just as long and 1 for less time.',
    );
  });

  it('say when someone is the only journey so far, and refuse an id that is not there', () => {
    const alone = [person('solo', 4)];
    expect(standingSentence(person('solo', 4), standingAmong(alone, 'solo'))).toBe(
      'Solo: 4 years in service, so far the only journey in our testimonials.',
    );
    expect(() => standingAmong(alone, 'missing')).toThrow('no journey with the id "missing"');
  });
});
