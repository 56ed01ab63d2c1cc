/** A tiny line of values (no axes), for per-month trends inside lists. Decorative: pass a label. */
interface SparklineProps {
  values: readonly number[];
  color: string;
  label: string;
  className?: string;
}

const WIDTH = 120;
const HEIGHT = 28;

export function Sparkline({ values, color, label, className = '' }: SparklineProps) {
  if (values.length === 0) return null;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const points = values.map((value, i) => `${(values.length > 1 ? i * step : WIDTH / 2).toFixed(1)},${(HEIGHT - 2 - (value / max) * (HEIGHT - 4)).toFixed(1)}`);
  const area = `0,${HEIGHT} ${points.join(' ')} ${WIDTH},${HEIGHT}`;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className={`h-7 w-full ${className}`} role="img" aria-label={label}>
      <polygon points={area} fill={color} fillOpacity={0.15} />
      <polyline points={points.join(' ')} fill="none" stroke={color} strokeWidth={1.5} strokeLinejoin="round" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
