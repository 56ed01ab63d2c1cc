export { createLanguageAccumulator, languageFeatures, MAX_CHARS, MAX_MESSAGES, type LanguageAccumulator, type LanguageOptions } from './accumulator';
export { createPolitenessAccumulator, politeness, type PolitenessAccumulator } from './politeness';
export { complexityScore, type ComplexityInputs } from './complexity';
export { stripCode } from './strip-code';
export { getWink } from './wink';
