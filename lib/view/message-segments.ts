/** Splits message text into prose and fenced code blocks, for rendering code in <pre>. */

export type MessageSegment = { type: 'text'; text: string } | { type: 'code'; language: string | null; text: string };

const FENCE = /^\s*```+\s*([\w+#.-]*)\s*$/;

export function messageSegments(text: string): MessageSegment[] {
  const segments: MessageSegment[] = [];
  const lines = text.split('\n');
  let buffer: string[] = [];
  let code: { language: string | null } | null = null;

  const push = () => {
    const joined = buffer.join('\n');
    if (code) segments.push({ type: 'code', language: code.language, text: joined });
    else if (joined.trim()) segments.push({ type: 'text', text: joined.replace(/^\n+|\n+$/g, '') });
    buffer = [];
  };

  for (const line of lines) {
    const fence = FENCE.exec(line);
    if (fence) {
      push();
      code = code ? null : { language: fence[1] || null };
    } else {
      buffer.push(line);
    }
  }
  push();
  return segments;
}
