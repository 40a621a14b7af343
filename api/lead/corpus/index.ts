/** The whole extraction corpus, in one list. */
import { EN_CONTEXT } from './en-context.js';
import { EN_DIRECT } from './en-direct.js';
import { EN_NEGATIVE } from './en-negative.js';
import { EN_SPEECH } from './en-speech.js';
import { ES } from './es.js';
import { HOLDOUT } from './holdout.js';
import { MIXED } from './mixed.js';
import type { LeadCase } from './types.js';

export type { LeadCase } from './types.js';
export const CORPUS: LeadCase[] = [...EN_DIRECT, ...EN_SPEECH, ...EN_CONTEXT, ...EN_NEGATIVE, ...ES, ...MIXED, ...HOLDOUT];
