import type { Attachment, Message } from '@/lib/model/conversation';
import { isRecordedModel, modelDisplayName } from '@/lib/view/display-names';
import { formatBytes, formatDateTime } from '@/lib/view/format';
import { messageSegments } from '@/lib/view/message-segments';

const ATTACHMENT_ICONS: Record<Attachment['kind'], string> = { image: '🖼️', audio: '🎙️', video: '🎞️', file: '📎' };

export function MessageBubble({ message, timeZone }: { message: Message; timeZone: string }) {
  const user = message.role === 'user';
  const side = message.role === 'system' || message.role === 'tool' ? 'meta' : user ? 'user' : 'assistant';
  const styles = {
    user: 'ml-auto bg-violet-600/80 text-white rounded-br-md',
    assistant: 'mr-auto bg-zinc-800 text-zinc-100 rounded-bl-md',
    meta: 'mr-auto bg-zinc-900 text-zinc-400 ring-1 ring-white/10 text-sm',
  } as const;
  const wholeIsCode = message.kind === 'code' && !message.text.includes('```');
  return (
    <li className={`max-w-[92%] rounded-2xl px-4 py-3 ${styles[side]}`} data-role={message.role}>
      <p className="mb-1 text-xs font-semibold opacity-70">
        {user ? 'You' : message.role === 'assistant' ? (message.model && isRecordedModel(message.model) ? modelDisplayName(message.model) : 'Assistant') : message.authorName ?? message.role}
        {message.time ? <span className="ml-2 font-normal">{formatDateTime(message.time, timeZone)}</span> : null}
      </p>
      {wholeIsCode || message.kind === 'execution_output' ? (
        <CodeBlock text={message.text} />
      ) : (
        messageSegments(message.text).map((segment, index) =>
          segment.type === 'code' ? (
            <CodeBlock key={index} text={segment.text} language={segment.language} />
          ) : (
            <p key={index} className="whitespace-pre-wrap break-words leading-relaxed">
              {segment.text}
            </p>
          ),
        )
      )}
      {message.attachments.length > 0 ? (
        <ul className="mt-2 flex flex-col gap-1 text-xs" aria-label="Attachments">
          {message.attachments.map((attachment, index) => (
            <li key={index} className="flex items-center gap-2 rounded-lg bg-black/25 px-2 py-1">
              <span aria-hidden="true">{ATTACHMENT_ICONS[attachment.kind]}</span>
              <span className="truncate">{attachment.name ?? `${attachment.kind} attachment`}</span>
              <span className="shrink-0 opacity-70">
                {[attachment.generated ? 'generated' : null, attachment.mimeType, attachment.sizeBytes ? formatBytes(attachment.sizeBytes) : null, attachment.width && attachment.height ? `${attachment.width}×${attachment.height}` : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function CodeBlock({ text, language }: { text: string; language?: string | null }) {
  return (
    <pre className="my-2 overflow-x-auto rounded-xl bg-black/50 p-3 text-[13px] leading-snug text-emerald-100" data-language={language ?? undefined}>
      <code>{text}</code>
    </pre>
  );
}
