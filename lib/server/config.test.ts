import { describe, expect, it } from 'vitest';
import { ConfigError, diffusionConfig, llmConfig, serverEnv } from './config';

describe('server config', () => {
  it('treats blank variables as unset and applies defaults', () => {
    const env = serverEnv({ LLM_BASE_URL: '', LLM_MODEL: ' ', DIFFUSION_BACKEND: '' });
    expect(llmConfig(env)).toBeNull();
    expect(diffusionConfig(env)).toBeNull();
    expect(env).toMatchObject({ AIW_DATA_DIR: './.data', LLM_TIMEOUT_MS: 30_000, DIFFUSION_TIMEOUT_MS: 120_000, DIFFUSION_MAX_CONCURRENT: 1, SHARE_DEFAULT_TTL_DAYS: 7 });
  });

  it('strips a trailing slash from URLs and needs a checkpoint for ComfyUI', () => {
    expect(llmConfig(serverEnv({ LLM_BASE_URL: 'http://127.0.0.1:11434/v1/', LLM_MODEL: 'llama3.2' }))).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      model: 'llama3.2',
      apiKey: undefined,
      timeoutMs: 30_000,
    });
    expect(diffusionConfig(serverEnv({ DIFFUSION_BACKEND: 'comfyui', DIFFUSION_URL: 'http://127.0.0.1:8188' }))).toBeNull();
    expect(diffusionConfig(serverEnv({ DIFFUSION_BACKEND: 'comfyui', DIFFUSION_URL: 'http://127.0.0.1:8188', DIFFUSION_MODEL: 'sd.safetensors' }))?.backend).toBe('comfyui');
  });

  it('names (never echoes) the variables that are set wrong', () => {
    const bad = () => serverEnv({ DIFFUSION_BACKEND: 'midjourney', LLM_BASE_URL: 'ftp://secret-host', SHARE_DEFAULT_TTL_DAYS: '3' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow('DIFFUSION_BACKEND, LLM_BASE_URL, SHARE_DEFAULT_TTL_DAYS');
    expect(bad).not.toThrow(/secret-host|midjourney/);
  });
});
