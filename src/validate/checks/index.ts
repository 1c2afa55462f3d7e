/** The rules the schemas cannot express. Each has its own test in tests/unit/checks/. */
import type { Check } from '../context.ts';
import { advisoryDateMatchesFile } from './advisory-date-matches-file.ts';
import { archivedIsACopy } from './archived-is-a-copy.ts';
import { attributeKeysUnique } from './attribute-keys-unique.ts';
import { channelTopicsUsed } from './channel-topics-used.ts';
import { datesInOrder } from './dates-in-order.ts';
import { idFormat } from './id-format.ts';
import { idsUnique } from './ids-unique.ts';
import { quoteHasClause } from './quote-has-clause.ts';
import { referencesResolve } from './references-resolve.ts';
import { safeUrls } from './safe-urls.ts';
import { unknownCategory } from './unknown-category.ts';
import { unknownHasReason } from './unknown-has-reason.ts';
import { valueTypes } from './value-types.ts';
import { valuesComplete } from './values-complete.ts';
import { valuesSourced } from './values-sourced.ts';

export const checks: Check[] = [
  idFormat,
  idsUnique,
  referencesResolve,
  attributeKeysUnique,
  valuesComplete,
  valueTypes,
  unknownHasReason,
  unknownCategory,
  valuesSourced,
  quoteHasClause,
  datesInOrder,
  safeUrls,
  archivedIsACopy,
  advisoryDateMatchesFile,
  channelTopicsUsed,
];
