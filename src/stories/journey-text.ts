import type { JourneyPerson, JourneyRow, JourneyStep } from './journey-layout.ts';
import { lowerInitial, yearsText } from './story-text.ts';

/*
 * The journeys chart in words: each journey as one sentence, for the link's title and screen
 * readers, and the small chart's caption, where one person's years fall among everyone's.
 */

/** One step in words: "phone agent in year 3", "bank branch teller at the start", "team lead now, after 12 years". */
export function stepText(step: Omit<JourneyStep, 'x'>): string {
  const role = lowerInitial(step.role);
  if (step.kind === 'start') return `${role} at the start`;
  if (step.kind === 'now') return `${role} now, after ${yearsText(step.year)}`;
  return `${role} in year ${step.year}`;
}

/** A whole journey in one sentence, for the link's title and screen readers. */
export function journeySentence(row: Pick<JourneyRow, 'person' | 'steps' | 'employerLabel'>): string {
  return `${row.person.name}, ${row.employerLabel.toLowerCase()}: ${row.steps.map(stepText).join('; then ')}.`;
}

export interface Standing {
  /** How many of the others have been in service longer, just as long, and for less time. */
  longer: number;
  same: number;
  shorter: number;
}

/** How one person's years in service compare with everyone else's. */
export function standingAmong(people: readonly JourneyPerson[], id: string): Standing {
  const own = people.find((person) => person.id === id);
  if (!own) throw new Error(`no journey with the id "${id}"`);
  const others = people.filter((person) => person !== own);
  return {
    longer: others.filter((other) => other.yearsInService > own.yearsInService).length,
    same: others.filter((other) => other.yearsInService === own.yearsInService).length,
    shorter: others.filter((other) => other.yearsInService < own.yearsInService).length,
  };
}

/** The small chart's caption: where this person's years fall among the others'. */
export function standingSentence(person: Pick<JourneyPerson, 'name' | 'yearsInService'>, standing: Standing): string {
  const own = `${person.name}: ${yearsText(person.yearsInService)} in service`;
  const others = standing.longer + standing.same + standing.shorter;
  if (others === 0) return `${own}, so far the only journey in our testimonials.`;
  const everyone = `the ${others + 1} journeys in our testimonials`;
  if (standing.same === 0 && standing.longer === 0) return `${own}, the longest of ${everyone}.`;
  if (standing.same === 0 && standing.shorter === 0) return `${own}, the shortest of ${everyone}.`;
  const counts = [
    [standing.longer, 'longer'],
    [standing.same, 'just as long'],
    [standing.shorter, 'for less time'],
  ] as const;
  const parts = counts
    .filter(([count]) => count > 0)
    .map(([count, how], index) =>
      index === 0 ? `${count} ${count === 1 ? 'has' : 'have'} been in service ${how}` : `${count} ${how}`,
    );
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `${own}. Of the ${others} ${others === 1 ? 'other' : 'others'} in our testimonials, ${list}.`;
}
