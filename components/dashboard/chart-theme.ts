/** Shared colours and tooltip style for the dashboard's recharts. */
export const CHART_COLORS = {
  user: '#c084fc',
  assistant: '#22d3ee',
  accent: '#f472b6',
  grid: 'rgba(255,255,255,0.08)',
  axis: '#a1a1aa',
} as const;

export const TOOLTIP_STYLE = {
  contentStyle: { background: '#18181b', border: '1px solid rgba(255,255,255,0.12)', borderRadius: 12, color: '#f4f4f5' },
  labelStyle: { color: '#f4f4f5', fontWeight: 700 },
  cursor: { fill: 'rgba(255,255,255,0.06)' },
} as const;
