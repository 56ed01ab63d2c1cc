/**
 * What every ensemble member is: something that turns `count` packed vectors into a row-major
 * `count × classes` block of class probabilities. A trained head, zero-shot prototypes and a
 * server-trained model all fit, so the ensemble never needs to know which kind it holds.
 */
export type ProbabilitySource = (vectors: Float32Array, count: number) => Float32Array;
