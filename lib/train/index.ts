/** The shared training library: models, cross-validation, metrics and hyperparameter search. */
export type { Classifier, Layer, ModelKind, TrainingSet } from './types';
export { classifierFrom } from './classifier';
export { complement, stratifiedFolds, stratifiedHoldout, subset } from './data';
export { fit, type Checkpoint, type EarlyStopping, type FitConfig, type FitResult } from './fit';
export { crossValidate, type CrossValidateOptions, type CrossValidation, type FoldResult } from './cross-validate';
export { argmaxRows, calibration, evaluateProbabilities, logLoss, meanMetrics, type Calibration, type Evaluation, type Metrics, type ReliabilityBin } from './metrics';
export { search, type SearchOptions, type SearchResult } from './search/search';
export type { Param, Params, ParamValue, Space } from './search/space';
export type { SearchMethod, Trial } from './search/types';
export { DEFAULT_SPACES, trainWithSearch, type TrainWithSearchOptions, type TrainWithSearchResult } from './train-with-search';
