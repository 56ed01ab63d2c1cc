/**
 * Distils the teacher into a static student: trains the piece table (and optionally the pooling
 * weights and a bias) so that normalize(act(bias + pool_t w[t]·E[t])) regresses the teacher's
 * vector of each text, by cosine loss (see static-encoder.ts for pool and act). Minibatch Adam, lazy on table rows (only rows a batch touches move),
 * seeded shuffles: the same data and options give the same bytes. Pure TypeScript.
 */
import { Rng } from '../../demo/prng';
import type { StudentParameters } from './static-encoder';

export interface DistilExamples {
  /** Piece ids per text (already capped, non-empty). */
  ids: readonly Int32Array[];
  /** Teacher vectors, row-major `ids.length × dims`, unit length. */
  targets: Float32Array;
  /** Optional loss weight per text (default 1). */
  weights?: Float32Array;
}

export interface DistilOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Learning rate of the log pooling weights; 0 keeps them fixed. */
  weightLearningRate: number;
  /** Learning rate of the bias; 0 keeps it fixed. */
  biasLearningRate: number;
  /** Chance of leaving out each piece of a training text (at least one is kept): a cheap regulariser. */
  tokenDropout?: number;
  /** Learning rates fall linearly to this share of their start by the last epoch (default 1: constant). */
  finalRateShare?: number;
  seed: number;
  /** Called after each epoch with the current parameters; returns a score (higher is better) to keep the best epoch. */
  score?: (student: StudentParameters, epoch: number) => number;
  log?: (line: string) => void;
}

export interface DistilResult {
  student: StudentParameters;
  bestEpoch: number;
  scores: number[];
}

const BETA1 = 0.9;
const BETA2 = 0.999;
const EPSILON = 1e-8;

function copyStudent(student: StudentParameters): StudentParameters {
  return { ...student, table: student.table.slice(), weights: student.weights.slice(), bias: student.bias.slice() };
}

export function distil(initial: StudentParameters, data: DistilExamples, options: DistilOptions): DistilResult {
  const student = copyStudent(initial);
  const { table, weights, bias, dimensions: dims } = student;
  const vocab = weights.length;
  const logWeights = Float32Array.from(weights, (w) => Math.log(Math.max(w, 1e-6)));
  const tableM = new Float32Array(table.length);
  const tableV = new Float32Array(table.length);
  const tableGrad = new Float32Array(table.length);
  const touched = new Uint8Array(vocab);
  const weightGrad = new Float64Array(vocab);
  const weightM = new Float32Array(vocab);
  const weightV = new Float32Array(vocab);
  const biasGrad = new Float64Array(dims);
  const biasM = new Float32Array(dims);
  const biasV = new Float32Array(dims);
  const pooled = new Float64Array(dims);
  const activated = new Float64Array(dims);
  const gradient = new Float64Array(dims);
  const tanh = student.activation === 'tanh';
  const mean = student.pooling === 'mean';
  const rng = new Rng(options.seed);
  const order = Array.from({ length: data.ids.length }, (_, index) => index);
  const scores: number[] = [];
  let best = copyStudent(student);
  let bestEpoch = 0;
  if (options.score) {
    scores.push(options.score(student, 0));
    options.log?.(`    epoch 0: score ${scores[0]!.toFixed(4)}`);
  }
  let step = 0;
  const dropout = options.tokenDropout ?? 0;
  const finalShare = options.finalRateShare ?? 1;
  const batches = Math.ceil(order.length / options.batchSize);
  const kept: number[] = [];
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let lossSum = 0;
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      const touchedRows: number[] = [];
      biasGrad.fill(0);
      for (const example of batch) {
        let ids: ArrayLike<number> = data.ids[example]!;
        if (dropout > 0 && ids.length > 1) {
          kept.length = 0;
          for (let t = 0; t < ids.length; t++) if (rng.next() >= dropout) kept.push(ids[t]!);
          if (kept.length === 0) kept.push(ids[rng.int(0, ids.length - 1)]!);
          ids = kept;
        }
        const importance = (data.weights?.[example] ?? 1) / batch.length;
        // pooled = Σ w·E (÷ Σ w when mean); activated = act(bias + pooled); out = activated / ‖activated‖
        pooled.fill(0);
        let weightSum = 0;
        for (let t = 0; t < ids.length; t++) {
          const id = ids[t]!;
          const w = weights[id]!;
          const base = id * dims;
          weightSum += w;
          for (let d = 0; d < dims; d++) pooled[d]! += w * table[base + d]!;
        }
        const divisor = mean ? 1 / weightSum : 1;
        let norm = 0;
        for (let d = 0; d < dims; d++) {
          pooled[d]! *= divisor;
          const z = bias[d]! + pooled[d]!;
          activated[d] = tanh ? Math.tanh(z) : z;
          norm += activated[d]! ** 2;
        }
        norm = Math.sqrt(norm) || 1;
        let cosine = 0;
        const targetBase = example * dims;
        for (let d = 0; d < dims; d++) cosine += (activated[d]! / norm) * data.targets[targetBase + d]!;
        lossSum += 1 - cosine;
        // d(1 − cos)/d activated = −(y − cos·out) / ‖activated‖, then through tanh: × (1 − a²).
        let alongPooled = 0;
        for (let d = 0; d < dims; d++) {
          let g = (-(data.targets[targetBase + d]! - (cosine * activated[d]!) / norm) / norm) * importance;
          if (tanh) g *= 1 - activated[d]! ** 2;
          gradient[d] = g;
          biasGrad[d]! += g;
          if (mean) alongPooled += pooled[d]! * g;
        }
        // With mean pooling, ∂pooled/∂E[t] = w/Σw and ∂pooled/∂w[t] = (E[t] − pooled)/Σw.
        for (let t = 0; t < ids.length; t++) {
          const id = ids[t]!;
          const w = weights[id]!;
          const base = id * dims;
          if (!touched[id]) {
            touched[id] = 1;
            touchedRows.push(id);
            weightGrad[id] = 0;
          }
          let along = 0;
          const scaled = w * divisor;
          for (let d = 0; d < dims; d++) {
            tableGrad[base + d]! += scaled * gradient[d]!;
            along += table[base + d]! * gradient[d]!;
          }
          weightGrad[id]! += (along - alongPooled) * divisor * w; // through w = exp(logWeight)
        }
      }
      // Linear decay over the whole run, then Adam's bias correction.
      const share = 1 - (1 - finalShare) * (step / Math.max(1, options.epochs * batches - 1));
      step++;
      const correction1 = 1 - BETA1 ** step;
      const correction2 = 1 - BETA2 ** step;
      const rate = (share * options.learningRate * Math.sqrt(correction2)) / correction1;
      const weightRate = (share * options.weightLearningRate * Math.sqrt(correction2)) / correction1;
      for (const id of touchedRows) {
        const base = id * dims;
        for (let d = 0; d < dims; d++) {
          const g = tableGrad[base + d]!;
          const m = (tableM[base + d] = BETA1 * tableM[base + d]! + (1 - BETA1) * g);
          const v = (tableV[base + d] = BETA2 * tableV[base + d]! + (1 - BETA2) * g * g);
          table[base + d]! -= (rate * m) / (Math.sqrt(v) + EPSILON);
          tableGrad[base + d] = 0;
        }
        touched[id] = 0;
        if (weightRate > 0) {
          const g = weightGrad[id]!;
          const m = (weightM[id] = BETA1 * weightM[id]! + (1 - BETA1) * g);
          const v = (weightV[id] = BETA2 * weightV[id]! + (1 - BETA2) * g * g);
          logWeights[id]! -= (weightRate * m) / (Math.sqrt(v) + EPSILON);
          weights[id] = Math.exp(logWeights[id]!);
        }
      }
      if (options.biasLearningRate > 0) {
        const biasRate = (share * options.biasLearningRate * Math.sqrt(correction2)) / correction1;
        for (let d = 0; d < dims; d++) {
          const g = biasGrad[d]!;
          const m = (biasM[d] = BETA1 * biasM[d]! + (1 - BETA1) * g);
          const v = (biasV[d] = BETA2 * biasV[d]! + (1 - BETA2) * g * g);
          bias[d]! -= (biasRate * m) / (Math.sqrt(v) + EPSILON);
        }
      }
    }
    const line = `    epoch ${epoch}: train loss ${(lossSum / order.length).toFixed(4)}`;
    if (options.score) {
      const score = options.score(student, epoch);
      scores.push(score);
      if (score > Math.max(...scores.slice(0, -1))) {
        best = copyStudent(student);
        bestEpoch = epoch;
      }
      options.log?.(`${line}, score ${score.toFixed(4)}`);
    } else {
      best = student;
      bestEpoch = epoch;
      options.log?.(line);
    }
  }
  return { student: options.score ? best : copyStudent(student), bestEpoch, scores };
}

/** Float (unquantised) student vectors for capped piece ids, row-major; a text with no pieces gets zeros. */
export function embedWithParameters(student: StudentParameters, ids: readonly ArrayLike<number>[]): Float32Array {
  const { dimensions: dims, table, weights, bias } = student;
  const out = new Float32Array(ids.length * dims);
  const pooled = new Float64Array(dims);
  ids.forEach((pieces, row) => {
    const count = Math.min(pieces.length, student.tokenCap);
    if (count === 0) return;
    pooled.fill(0);
    let weightSum = 0;
    for (let t = 0; t < count; t++) {
      const id = pieces[t]!;
      const w = weights[id]!;
      weightSum += w;
      for (let d = 0; d < dims; d++) pooled[d]! += w * table[id * dims + d]!;
    }
    const divisor = student.pooling === 'mean' ? 1 / weightSum : 1;
    for (let d = 0; d < dims; d++) {
      const z = bias[d]! + pooled[d]! * divisor;
      pooled[d] = student.activation === 'tanh' ? Math.tanh(z) : z;
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += pooled[d]! ** 2;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[row * dims + d] = pooled[d]! * scale;
  });
  return out;
}
