// Whether carriers' values for one attribute are the same: shared by the side-by-side page
// (built) and its island (carriers.js), so both always agree. Unknown values are null:
// two unknowns are not "the same", and a known value beside an unknown one is not "different".

/** @param {(string | null)[]} values @returns {'same' | 'differs' | 'unknown'} */
export function comparison(values) {
  if (values.some((v) => v === null)) return 'unknown';
  return new Set(values).size > 1 ? 'differs' : 'same';
}

export const MARK = { same: '=', differs: '≠', unknown: '?' };
