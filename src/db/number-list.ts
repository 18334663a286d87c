/** A list for `IN (…)` that matches nothing when empty: `IN ()` is not SQL, and no item is numbered 0. */
export const numbersOrNone = (numbers: readonly number[]): readonly number[] =>
  numbers.length > 0 ? numbers : [0]
