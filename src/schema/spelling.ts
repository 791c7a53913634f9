/*
 * "Did you mean": the nearest of a few known names to what an editor wrote, for messages about
 * unknown fields and tags.
 */

/** Edit distance between two short strings (field names, tags, paths). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name a word was probably meant to be: the same letters in another case
 * ("pubdate" for pubDate), or at most two edits away from a name of five letters or more.
 */
export function nearestName(word: string, names: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const scored = names
    .map((name) => ({ name, distance: editDistance(lower, name.toLowerCase()) }))
    .filter(({ name, distance }) => distance === 0 || (distance <= 2 && Math.min(name.length, word.length) >= 5))
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name));
  return scored[0]?.name;
}
