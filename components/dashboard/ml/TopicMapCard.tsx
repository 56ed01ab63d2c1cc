'use client';
/** Every conversation as a dot, placed by meaning (2-D projection) and coloured by topic. */
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { Card } from '@/components/ui/Card';
import { useReducedMotion } from '@/components/ui/useReducedMotion';
import type { Topic, TopicPoint } from '@/lib/ml/types';
import { countOf } from '@/lib/view/language';
import { TOOLTIP_STYLE } from '../chart-theme';
import { topicColor, topicName } from './ml-view';
import { conversationHref } from './OpenConversationLink';

/** More dots than this are thinned evenly per topic: the shape stays, the page stays fast. */
const MAX_POINTS = 2000;

export function TopicMapCard({ topics, points }: { topics: Topic[]; points: TopicPoint[] }) {
  const router = useRouter();
  const reducedMotion = useReducedMotion();
  const [highlight, setHighlight] = useState<number | null>(null);
  const names = useMemo(() => new Map(topics.map((topic) => [topic.id, topicName(topic)])), [topics]);
  const groups = useMemo(() => {
    const stride = Math.max(1, Math.ceil(points.length / MAX_POINTS));
    const thin = (list: TopicPoint[]) => list.filter((_, i) => i % stride === 0);
    const known = new Set(topics.map((topic) => topic.id));
    const rest = thin(points.filter((point) => !known.has(point.topic)));
    return [
      ...topics.map((topic) => ({ id: topic.id, name: names.get(topic.id)!, color: topicColor(topic.id), points: thin(points.filter((point) => point.topic === topic.id)) })),
      ...(rest.length ? [{ id: -1, name: 'Unsorted', color: '#52525b', points: rest }] : []),
    ];
  }, [topics, points, names]);

  return (
    <Card
      title="Topic map"
      caption={`${countOf(points.length, 'conversation')} placed by meaning: close dots talk about similar things. Click a dot to open it.`}
      className="lg:col-span-2"
    >
      {points.length === 0 ? (
        <p className="grid h-80 place-items-center text-sm text-zinc-400">Not enough conversations to draw a map.</p>
      ) : (
        <>
          <div className="h-80" role="img" aria-label={`Map of ${countOf(points.length, 'conversation')} in ${countOf(topics.length, 'topic')}. The topics list on this page has the same topics with their conversations.`}>
            <ResponsiveContainer width="100%" height="100%">
              <ScatterChart margin={{ top: 8, right: 8, bottom: 8, left: 8 }} accessibilityLayer={false}>
                <XAxis type="number" dataKey="x" domain={[-1.05, 1.05]} hide />
                <YAxis type="number" dataKey="y" domain={[-1.05, 1.05]} hide />
                <ZAxis range={[28, 28]} />
                <Tooltip content={(props) => <MapTooltip active={props.active} payload={props.payload} names={names} />} cursor={false} isAnimationActive={false} />
                {groups.map((group) => (
                  <Scatter
                    key={group.id}
                    name={group.name}
                    data={group.points}
                    fill={group.color}
                    fillOpacity={highlight === null || highlight === group.id ? 0.85 : 0.08}
                    isAnimationActive={!reducedMotion}
                    className="cursor-pointer"
                    onClick={(item) => {
                      const id = (item?.payload as TopicPoint | undefined)?.conversationId;
                      if (id) router.push(conversationHref(id), { scroll: false });
                    }}
                  />
                ))}
              </ScatterChart>
            </ResponsiveContainer>
          </div>
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Topics on the map (press one to highlight it)">
            {topics.map((topic) => {
              const pressed = highlight === topic.id;
              return (
                <li key={topic.id}>
                  <button
                    type="button"
                    aria-pressed={pressed}
                    onClick={() => setHighlight(pressed ? null : topic.id)}
                    className={`flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs transition focus-visible:outline-2 focus-visible:outline-fuchsia-400 ${pressed ? 'bg-white/15 text-white' : 'bg-white/5 text-zinc-300 hover:bg-white/10'}`}
                  >
                    <span className="size-2.5 rounded-full" style={{ background: topicColor(topic.id) }} aria-hidden="true" />
                    {names.get(topic.id)}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Card>
  );
}

function MapTooltip({ active, payload, names }: { active?: boolean; payload?: ReadonlyArray<{ payload?: unknown }>; names: Map<number, string> }) {
  const point = active ? (payload?.[0]?.payload as TopicPoint | undefined) : undefined;
  if (!point) return null;
  return (
    <div style={TOOLTIP_STYLE.contentStyle} className="max-w-64 px-3 py-2 text-sm">
      <p className="font-bold">{point.title || 'Untitled'}</p>
      <p className="mt-0.5 flex items-center gap-1.5 text-xs text-zinc-400">
        <span className="size-2 rounded-full" style={{ background: topicColor(point.topic) }} aria-hidden="true" />
        {names.get(point.topic) ?? 'Unsorted'}
      </p>
    </div>
  );
}
