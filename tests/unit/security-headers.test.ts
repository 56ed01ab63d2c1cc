/**
 * next.config.js's headers: the CSP allows what the app needs and nothing else, isolation covers
 * every page, and the API keeps its own headers (config headers would override them).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const CONFIG = path.resolve(__dirname, '../../next.config.js');

interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

/** The config as Next would load it with this environment. */
async function headerRules(env: Record<string, string | undefined> = {}): Promise<HeaderRule[]> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    delete require.cache[CONFIG];
    return await (require(CONFIG) as { headers: () => Promise<HeaderRule[]> }).headers();
  } finally {
    process.env = saved;
  }
}

function csp(rules: HeaderRule[]): Record<string, string[]> {
  const value = rules.flatMap((rule) => rule.headers).find((header) => header.key === 'Content-Security-Policy')!.value;
  return Object.fromEntries(value.split('; ').map((directive) => [directive.split(' ')[0]!, directive.split(' ').slice(1)]));
}

/** Next's matcher for a `source`, as path-to-regexp compiles `/:path(<pattern>)`. */
function matches(source: string, pathname: string): boolean {
  if (source === '/:path*') return true;
  const pattern = /^\/:path\((.*)\)$/.exec(source)![1]!;
  return new RegExp(`^/${pattern}$`).test(pathname);
}

afterEach(() => {
  delete require.cache[CONFIG];
});

describe('Content-Security-Policy', () => {
  it('allows own scripts, WASM, blob workers, scripts and images, own fonts, and no eval', async () => {
    const policy = csp(await headerRules({ NODE_ENV: 'production', NEXT_PUBLIC_MODEL_BASE_URL: '' }));
    expect(policy['default-src']).toEqual(["'self'"]);
    // blob: for ONNX Runtime's WASM factory module (see next.config.js).
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'blob:']);
    expect(policy['worker-src']).toEqual(["'self'", 'blob:']);
    expect(policy['img-src']).toEqual(["'self'", 'blob:', 'data:']);
    expect(policy['font-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['form-action']).toEqual(["'self'"]);
  });

  it('connects to this origin and the hub (for the opt-in hub models) by default', async () => {
    const policy = csp(await headerRules({ NODE_ENV: 'production', NEXT_PUBLIC_MODEL_BASE_URL: '' }));
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co']);
  });

  it('with a model mirror, connects to the mirror instead of the hub', async () => {
    const policy = csp(await headerRules({ NODE_ENV: 'production', NEXT_PUBLIC_MODEL_BASE_URL: 'https://models.example.org/hub/' }));
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'https://models.example.org']);
  });

  it('refuses a mirror that is not an http(s) URL, by name', async () => {
    await expect(headerRules({ NEXT_PUBLIC_MODEL_BASE_URL: 'models.example.org' })).rejects.toThrow('NEXT_PUBLIC_MODEL_BASE_URL must be an absolute http(s) URL');
  });

  it('allows eval only in development (React needs it there)', async () => {
    expect(csp(await headerRules({ NODE_ENV: 'development' }))['script-src']).toContain("'unsafe-eval'");
  });
});

describe('where the headers apply', () => {
  it('isolation and the CSP on every path but the API; the basics everywhere', async () => {
    const rules = await headerRules({ NODE_ENV: 'production' });
    const keysFor = (pathname: string) => rules.filter((rule) => matches(rule.source, pathname)).flatMap((rule) => rule.headers.map((header) => header.key));
    for (const pathname of ['/', '/wrapped', '/s/abc', '/share', '/models/use-lite-q8/model.json', '/serwist/sw.js', '/_next/static/chunks/a.js']) {
      expect(keysFor(pathname)).toEqual(expect.arrayContaining(['Content-Security-Policy', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Embedder-Policy', 'Cross-Origin-Resource-Policy', 'X-Content-Type-Options']));
    }
    for (const pathname of ['/api/share', '/api/share/abc/og']) {
      expect(keysFor(pathname)).toContain('X-Content-Type-Options');
      expect(keysFor(pathname)).not.toContain('Content-Security-Policy');
      expect(keysFor(pathname)).not.toContain('Cross-Origin-Resource-Policy');
    }
  });
});
