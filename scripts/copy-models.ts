/**
 * Set-up step: copies the bundled model weights (public/models/<id>/; nsfwjs's, which it ships
 * wrapped in JS modules, are extracted into plain files), the TF.js WASM binaries
 * (public/tfjs/) and the ONNX Runtime files transformers.js loads (public/ort/) out of
 * node_modules, and the cover fonts (public/fonts/, pinned in lib/art/fonts.ts) out of the @fontsource
 * packages, verifying every file against its pinned sha256. Idempotent.
 *
 *   tsx scripts/copy-models.ts           copy what is missing or wrong, verify the rest
 *   tsx scripts/copy-models.ts --check   verify only; exit 1 if anything is missing or wrong
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useLitePackageDir } from '../lib/ml/node/load-use';
import { quantizeModel } from '../lib/ml/node/quantize-use';
import { FONT_FILES } from '../lib/art/fonts';
import { CopyVerificationError, planCopies, runCopies, summarize } from '../lib/models/node/copy-assets';

async function main(): Promise<void> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const checkOnly = process.argv.includes('--check');
  try {
    // The 8-bit teacher is derived, not shipped by any package: build it (deterministic bytes,
    // verified against its pinned hashes below like every other file).
    const q8 = path.join(root, 'public/models/use-lite-q8');
    if (!checkOnly && !existsSync(path.join(q8, 'model.json'))) quantizeModel(useLitePackageDir(), q8);
    const jobs = [...(await planCopies({ root })), ...(await planCopies({ root, models: [], runtimes: FONT_FILES }))];
    const result = await runCopies(jobs, { checkOnly, root });
    console.log(summarize(result));
  } catch (error) {
    if (error instanceof CopyVerificationError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
