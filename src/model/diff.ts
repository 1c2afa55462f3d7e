/** Character-level differences between two versions of a Japanese text (jsdiff). */
import { diffChars } from 'diff';

export interface DiffPart {
  text: string;
  kind: 'same' | 'added' | 'removed';
}

export function textDiff(before: string, after: string): DiffPart[] {
  return diffChars(before, after).map((p) => ({
    text: p.value,
    kind: p.added ? 'added' : p.removed ? 'removed' : 'same',
  }));
}
