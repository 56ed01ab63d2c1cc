interface ProgressBarProps {
  /** 0–1. */
  value: number;
  label: string;
  className?: string;
}

export function ProgressBar({ value, label, className = '' }: ProgressBarProps) {
  const percent = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={`h-2 overflow-hidden rounded-full bg-white/10 ${className}`}
    >
      <div className="h-full rounded-full bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400" style={{ width: `${percent}%` }} />
    </div>
  );
}
