/**
 * The one door the ingest pipeline uses: it streams each top-level array element here, already
 * JSON.parsed, and collects finished conversations. Parsers never see the whole file.
 */
import type { Conversation, SourceFormat } from '../model/conversation';
import { emptySkipReport, type SkipReport } from '../ingest/skip-report';
import { parseChatGptConversation } from './chatgpt';
import { parseClaudeConversation } from './claude';
import { GeminiSessions } from './gemini';

export interface FormatParser {
  readonly format: SourceFormat;
  /** One top-level array element (already JSON.parsed). Returns 0..n finished conversations. */
  push(element: unknown): Conversation[];
  /** End of all input: flush whatever is still buffered (Gemini sessions). */
  end(): Conversation[];
  readonly skipped: SkipReport;
}

export function createParser(format: SourceFormat): FormatParser {
  const skipped = emptySkipReport();
  switch (format) {
    case 'chatgpt':
      return onePerElement(format, skipped, parseChatGptConversation);
    case 'claude':
      return onePerElement(format, skipped, parseClaudeConversation);
    case 'gemini': {
      const sessions = new GeminiSessions(skipped);
      return {
        format,
        skipped,
        push: (element) => {
          sessions.add(element);
          return [];
        },
        end: () => sessions.build(),
      };
    }
  }
}

/** ChatGPT and Claude: every element is one whole conversation, nothing is buffered. */
function onePerElement(
  format: SourceFormat,
  skipped: SkipReport,
  parse: (element: unknown, skipped: SkipReport) => Conversation | null,
): FormatParser {
  return {
    format,
    skipped,
    push: (element) => {
      const conversation = parse(element, skipped);
      return conversation ? [conversation] : [];
    },
    end: () => [],
  };
}
