import damerauLevenshtein from 'damerau-levenshtein'

/** Edits between two words, a swap of neighbours counting as one (so `Tempta` is one edit from `Tempat`). */
export function editDistance(a: string, b: string): number {
  return damerauLevenshtein(a.toLowerCase(), b.toLowerCase()).steps
}

/**
 * The candidate within two edits of `word`, if any (the closest; ties go to the earlier candidate).
 * Short words need a closer match: two edits turn `Tema` into `Tempat`, which is no typo.
 */
export function closestWithinTwoEdits(word: string, candidates: readonly string[]): string | undefined {
  const allowed = word.length >= 6 ? 2 : word.length >= 3 ? 1 : 0
  let best: { candidate: string; distance: number } | undefined
  for (const candidate of candidates) {
    // Edits are at least the difference in length; skipping those spares comparing a pasted page of
    // text with every name (damerau-levenshtein fills a table as large as both strings multiplied).
    if (Math.abs(candidate.length - word.length) > allowed) continue
    const distance = editDistance(word, candidate)
    if (distance <= allowed && (!best || distance < best.distance)) best = { candidate, distance }
  }
  return best?.candidate
}
