/**
 * The demo export as the zip a user downloads, with files: conversations.json, uploads in the old
 * (`file-<id>-<name>`) and new (`file_<hex>.dat` + conversation_asset_file_names.json) naming,
 * DALL·E pictures under dalle-generations/, the newer image model's under user-<id>/, voice clips
 * under <conversation id>/audio/. Same seed, same bytes.
 */
import { DeflatingEntry, ZipWriter } from './assets/zip-writer';
import { demoItems, type DemoExpectations, type DemoOptions } from './export';

/** Yields the zip's bytes as they are produced; returns what an analysis must report. */
export function* generateDemoZip(options: Omit<DemoOptions, 'assets'>): Generator<Uint8Array, DemoExpectations, undefined> {
  let out: Uint8Array[] = [];
  const zip = new ZipWriter((chunk) => out.push(chunk));
  const drain = () => {
    const chunks = out;
    out = [];
    return chunks;
  };
  // Files go out as they are drawn; the JSON is deflated on the side and written once complete.
  const json = new DeflatingEntry();
  json.push('[');
  const items = demoItems({ ...options, assets: true });
  let step = items.next();
  for (let first = true; !step.done; step = items.next(), first = false) {
    if (!first) json.push(',');
    json.push(step.value.json);
    for (const file of step.value.files) zip.add(file.path, file.bytes, file.bytes[0] !== 0x89); // PNGs are deflated already
    yield* drain();
  }
  json.push(']');
  zip.addPrepared('conversations.json', json.finish());
  zip.add('conversation_asset_file_names.json', new TextEncoder().encode(JSON.stringify(step.value.names, null, 2)), true);
  zip.end();
  yield* drain();
  return step.value.expectations;
}
