import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * The order in which test files start. Vitest's own order puts projects in alphabetical order
 * and, inside one, the slowest file of the last run first. Here the projects whose files take
 * longest start first (each builds file runs builds of its own), so the quick ones fill the gaps
 * at the end instead of a long build starting last and keeping everyone waiting.
 */

export const PROJECT_ORDER = ['builds', 'server', 'browser', 'cli', 'built-site', 'unit', 'lighthouse'];

const rank = (specification: TestSpecification) => {
  const index = PROJECT_ORDER.indexOf(specification.project.name);
  return index === -1 ? PROJECT_ORDER.length : index;
};

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted.sort(
      (a, b) => a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder || rank(a) - rank(b),
    );
  }
}
