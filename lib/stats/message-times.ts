/** When each message of a conversation happened, as best the export lets us tell. */
import type { Conversation } from '../model/conversation';

/**
 * Epoch ms per message. Exports sometimes drop a message's time; such a message takes the
 * time of the nearest earlier dated message in the conversation (else the nearest later one),
 * so it still lands on the right day. A conversation with no message times at all uses its
 * createdAt (else updatedAt). NaN when nothing dates it: such messages count toward all-time
 * totals but never toward a year, a day or an hour.
 */
export function messageTimes(conversation: Conversation): number[] {
  const times = conversation.messages.map((m) => (isDate(m.time) ? m.time : NaN));
  const firstDated = times.findIndex((t) => !Number.isNaN(t));
  if (firstDated === -1) {
    const fallback = isDate(conversation.createdAt)
      ? conversation.createdAt
      : isDate(conversation.updatedAt)
        ? conversation.updatedAt
        : NaN;
    return times.fill(fallback);
  }
  let previous = times[firstDated] ?? NaN;
  for (let i = 0; i < times.length; i++) {
    const time = times[i] ?? NaN;
    if (Number.isNaN(time)) times[i] = previous;
    else previous = time;
  }
  return times;
}

function isDate(time: number | null): time is number {
  return time !== null && Number.isFinite(time);
}
