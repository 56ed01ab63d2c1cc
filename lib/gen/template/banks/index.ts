/** The five style banks, by style. */
import type { TextStyle } from '../../types';
import type { StyleBank } from './bank';
import { CASUAL } from './casual';
import { HUMOROUS } from './humorous';
import { POETIC } from './poetic';
import { PROFESSIONAL } from './professional';
import { TECHNICAL } from './technical';

export type { StyleBank, Tone } from './bank';

export const STYLE_BANKS: Readonly<Record<TextStyle, StyleBank>> = {
  poetic: POETIC,
  technical: TECHNICAL,
  casual: CASUAL,
  professional: PROFESSIONAL,
  humorous: HUMOROUS,
};
