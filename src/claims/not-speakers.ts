// Labels that open a paragraph with a colon without naming who speaks (page furniture, wire-service
// slugs, memo headers, editorial notes): neither a transcript turn nor a headline's speaker.
import { z } from 'zod';
import { loadLexicon } from '../pipeline/lexicon.js';
import data from './lexicons/not-speakers.json' with { type: 'json' };

const NOT_SPEAKERS = new Set(loadLexicon('claims/not-speakers', z.object({ labels: z.array(z.string().min(1)) }), data).labels);

/** True when the label before a colon names nobody ("UPDATE", "The Latest"). */
export const isNotSpeaker = (label: string): boolean => NOT_SPEAKERS.has(label.replace(/\.$/, '').toUpperCase());
