/**
 * The fuzz sandbox's thread: runs one input at a time through the pipeline and checks, after
 * each, that no built-in prototype was changed (prototype pollution through `__proto__` keys).
 */
import { parentPort } from 'node:worker_threads';
import { runPipelineCase, type CaseOutcome, type FuzzInput } from './pipeline';

const GUARDED = { Object: Object.prototype, Array: Array.prototype, String: String.prototype, Function: Function.prototype };

type Snapshot = Map<string, PropertyDescriptor>;

function snapshot(): Snapshot {
  const out: Snapshot = new Map();
  for (const [name, proto] of Object.entries(GUARDED)) {
    for (const key of Reflect.ownKeys(proto)) out.set(`${name}.prototype.${String(key)}`, Object.getOwnPropertyDescriptor(proto, key)!);
  }
  return out;
}

function pollution(before: Snapshot): string | null {
  const after = snapshot();
  for (const [key, descriptor] of after) {
    const old = before.get(key);
    if (!old) return `${key} was added`;
    if (old.value !== descriptor.value || old.get !== descriptor.get || old.set !== descriptor.set) return `${key} was changed`;
  }
  for (const key of before.keys()) if (!after.has(key)) return `${key} was deleted`;
  if (Object.getPrototypeOf(Object.prototype) !== null) return 'Object.prototype got a prototype';
  return null;
}

const clean = snapshot();

parentPort!.on('message', async (input: FuzzInput) => {
  let outcome: CaseOutcome = await runPipelineCase(input);
  const polluted = pollution(clean);
  if (polluted) outcome = { kind: 'crash', error: `prototype pollution: ${polluted}`, ms: outcome.ms };
  parentPort!.postMessage(outcome);
});
