/**
 * The hub text model without a download: the offline default fails fast with the clear error and
 * touches no network, and the chat plumbing runs for real on a tokenizer in the hub layout that
 * carries SmolLM2's own chat template (the model files are the only thing missing).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { buildLlmMessages } from '@/lib/gen/llm/prompt';
import { SINGULAR_FACTS } from '@/lib/gen/test-facts';
import { HUB_OFF_MESSAGE, HubModelError } from './errors';
import { loadHubTextGenerator, renderChatPrompt } from './text-generation';

/** SmolLM2-Instruct's chat template, as its tokenizer_config.json ships it. */
const SMOLLM2_CHAT_TEMPLATE =
  "{% for message in messages %}{% if loop.first and messages[0]['role'] != 'system' %}{{ '<|im_start|>system\nYou are a helpful AI assistant named SmolLM, trained by Hugging Face<|im_end|>\n' }}{% endif %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

const REPO = 'HuggingFaceTB/SmolLM2-360M-Instruct';

async function writeChatTokenizer(dir: string): Promise<void> {
  const root = path.join(dir, REPO);
  await mkdir(root, { recursive: true });
  const special = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];
  const bytes = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i));
  const vocab = Object.fromEntries([...special, ...bytes, 'Ġ', 'Ċ'].map((token, id) => [token, id]));
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: special.map((content, id) => ({ id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: { type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: null, end_of_word_suffix: null, fuse_unk: false, byte_fallback: false, vocab, merges: [] },
  };
  const config = { tokenizer_class: 'GPT2Tokenizer', bos_token: '<|im_start|>', eos_token: '<|im_end|>', unk_token: '<|endoftext|>', chat_template: SMOLLM2_CHAT_TEMPLATE };
  await writeFile(path.join(root, 'tokenizer.json'), JSON.stringify(tokenizer));
  await writeFile(path.join(root, 'tokenizer_config.json'), JSON.stringify(config));
}

let modelsDir: string;
beforeAll(async () => {
  modelsDir = await mkdtemp(path.join(tmpdir(), 'text-models-'));
  await writeChatTokenizer(modelsDir);
});
afterAll(() => rm(modelsDir, { recursive: true, force: true }));

describe('hub text generation', () => {
  it('fails with "Hub models are off" when remote loading is off and the model is not local, without fetching', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'no-models-'));
    const envFetch = vi.spyOn(env, 'fetch');
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    try {
      const failure = await loadHubTextGenerator({ device: 'cpu', hubEnabled: false, baseUrl: null, localModelPath: empty }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(HubModelError);
      expect((failure as HubModelError).code).toBe('hub-off');
      expect((failure as HubModelError).message).toBe(HUB_OFF_MESSAGE);
      expect((failure as HubModelError).modelId).toBe('smollm2-360m-instruct');
      expect(envFetch).not.toHaveBeenCalled();
      expect(globalFetch).not.toHaveBeenCalled();
    } finally {
      envFetch.mockRestore();
      globalFetch.mockRestore();
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('rejects models that are not text-generation models', async () => {
    await expect(loadHubTextGenerator({ model: 'all-minilm-l6-v2', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
    await expect(loadHubTextGenerator({ model: 'nope', device: 'cpu', hubEnabled: false })).rejects.toMatchObject({ code: 'unknown-model' });
  });

  it("puts the facts prompt through the model's chat template, ending at the assistant's turn", async () => {
    env.allowRemoteModels = false;
    env.localModelPath = modelsDir;
    const tokenizer = await AutoTokenizer.from_pretrained(REPO);
    const messages = buildLlmMessages(SINGULAR_FACTS, 'casual');
    const prompt = renderChatPrompt(tokenizer, messages);
    expect(prompt).toBe(`<|im_start|>system\n${messages[0]!.content}<|im_end|>\n<|im_start|>user\n${messages[1]!.content}<|im_end|>\n<|im_start|>assistant\n`);
    expect(prompt).toContain(JSON.stringify(SINGULAR_FACTS));
    // Without a system message the template adds its own default one.
    expect(renderChatPrompt(tokenizer, [messages[1]!])).toMatch(/^<\|im_start\|>system\nYou are a helpful AI assistant named SmolLM/);
  });
});
