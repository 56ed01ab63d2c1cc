import { describe, expect, it } from 'vitest';
import { parseHead, serializeHead, type Head } from './format';
import { HEAD_LABELS } from './labels';
import { applyHeads, predict } from './predict';

/** A 2 × dims weight matrix with scales[k] at (k, k), zero elsewhere. */
function identityTimes(dims: number, scales: number[]): Float32Array {
  const weights = new Float32Array(2 * dims);
  scales.forEach((scale, k) => (weights[k * dims + k] = scale));
  return weights;
}

function toxicityHead(encoder = 'use-lite', dims = 2): Head {
  return {
    head: 'toxicity',
    labels: HEAD_LABELS.toxicity,
    encoder,
    dims,
    kind: 'softmax',
    layers: [{ inputs: dims, outputs: 2, weights: identityTimes(dims, [1, 2]), bias: Float32Array.from([0.5, 0]) }],
    training: { datasets: ['synthetic'], seed: 1, trainExamples: 0, l2: 0, iterations: 0, validation: {} },
    metrics: { devMacroF1: 1, devPerLabelF1: {}, promptMacroF1: null, promptPerLabelF1: null },
  };
}

describe('predict', () => {
  it('matches a hand-computed softmax', () => {
    const head = toxicityHead();
    // Row 0 = (1, 1): logits (1·1 + 0·1 + 0.5, 0·1 + 2·1 + 0) = (1.5, 2). Row 1 = (2, -1): (2.5, -2).
    const { labelIndex, probabilities } = predict(head, Float32Array.from([1, 1, 2, -1]), 2);
    const p0 = Math.exp(2) / (Math.exp(1.5) + Math.exp(2));
    const p1 = Math.exp(-2) / (Math.exp(2.5) + Math.exp(-2));
    expect(Array.from(labelIndex)).toEqual([1, 0]);
    expect(probabilities[0]).toBeCloseTo(1 - p0, 6);
    expect(probabilities[1]).toBeCloseTo(p0, 6);
    expect(probabilities[2]).toBeCloseTo(1 - p1, 6);
    expect(probabilities[3]).toBeCloseTo(p1, 6);
  });

  it('runs a ReLU hidden layer before the softmax', () => {
    const head: Head = {
      ...toxicityHead(),
      kind: 'mlp',
      // hidden = relu(x0 - x1, x1 - x0); logits = hidden.
      layers: [
        { inputs: 2, outputs: 2, weights: Float32Array.from([1, -1, -1, 1]), bias: new Float32Array(2) },
        { inputs: 2, outputs: 2, weights: Float32Array.from([1, 0, 0, 1]), bias: new Float32Array(2) },
      ],
    };
    const { probabilities } = predict(head, Float32Array.from([3, 1]), 1);
    expect(probabilities[0]).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 1), 6);
  });

  it('applies several heads to one batch', () => {
    const out = applyHeads({ toxicity: toxicityHead() }, Float32Array.from([1, 1]), 1);
    expect(out.toxicity.labelIndex[0]).toBe(1);
  });
});

describe('parseHead', () => {
  const file = () => JSON.parse(serializeHead(toxicityHead('use-lite', 512)));

  it('round-trips a serialized head', () => {
    const head = parseHead(file());
    expect(head.layers[0]!.weights.length).toBe(1024);
    expect(head.labels).toEqual(['ok', 'toxic']);
  });

  it('rejects a head trained for another encoder or size', () => {
    expect(() => parseHead({ ...file(), encoder: 'minilm' })).toThrow(/trained on encoder "minilm" \(512-d\) but the vectors come from "use-lite" \(512-d\)/);
    expect(() => parseHead(file(), { encoder: 'use-lite', dims: 384 })).toThrow(/but the vectors come from "use-lite" \(384-d\)/);
  });

  it('accepts the distilled student, which shares the teacher space', () => {
    expect(parseHead(file(), { encoder: 'use-lite-static', dims: 512 }).head).toBe('toxicity');
  });

  it('rejects wrong labels or weight counts', () => {
    expect(() => parseHead({ ...file(), labels: ['toxic', 'ok'] })).toThrow(/labels/);
    const broken = file();
    broken.layers[0].weights.pop();
    expect(() => parseHead(broken)).toThrow(/wrong number of weights/);
  });
});
