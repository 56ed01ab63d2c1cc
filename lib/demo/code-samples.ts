/** Code the demo persona pastes and the assistant answers with. Written for the demo. */
import type { Rng } from './prng';

export type CodeLanguage = 'ts' | 'tsx' | 'python' | 'sql' | 'bash' | 'rust';

const SAMPLES: Readonly<Record<CodeLanguage, readonly string[]>> = {
  ts: [
    `export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}`,
    `async function fetchWithRetry(url: string, attempts = 3): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok || attempt >= attempts - 1) return response;
    } catch (error) {
      if (attempt >= attempts - 1) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 250));
  }
}`,
    `type Events = { saved: { id: string }; failed: { reason: string } };

class Emitter<E extends Record<string, unknown>> {
  private listeners: { [K in keyof E]?: ((payload: E[K]) => void)[] } = {};

  on<K extends keyof E>(event: K, listener: (payload: E[K]) => void) {
    (this.listeners[event] ??= []).push(listener);
  }

  emit<K extends keyof E>(event: K, payload: E[K]) {
    this.listeners[event]?.forEach((listener) => listener(payload));
  }
}`,
    `const ISO_DATE = /^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}`,
  ],
  tsx: [
    `export function SearchBox({ onSearch }: { onSearch: (query: string) => void }) {
  const [query, setQuery] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => onSearch(query), 300);
    return () => clearTimeout(timer);
  }, [query, onSearch]);

  return <input value={query} onChange={(event) => setQuery(event.target.value)} />;
}`,
    `export default function Cards({ items }: { items: Item[] }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4">
      {items.map((item) => (
        <li key={item.id} className="rounded-xl p-4 shadow">
          {item.title}
        </li>
      ))}
    </ul>
  );
}`,
    `useEffect(() => {
  const controller = new AbortController();
  load(userId, controller.signal).then(setProfile).catch(() => {});
  return () => controller.abort();
}, [userId]);`,
  ],
  python: [
    `import pandas as pd

df = pd.read_csv("orders.csv", parse_dates=["created_at"])
df = df.drop_duplicates(subset=["order_id"], keep="last")
print(df.groupby(df["created_at"].dt.to_period("M"))["total"].sum())`,
    `import asyncio
import httpx

async def fetch_all(urls: list[str], limit: int = 5) -> list[str]:
    semaphore = asyncio.Semaphore(limit)
    async with httpx.AsyncClient(timeout=10) as client:
        async def fetch(url: str) -> str:
            async with semaphore:
                response = await client.get(url)
                response.raise_for_status()
                return response.text
        return await asyncio.gather(*(fetch(url) for url in urls))`,
    `import pytest

@pytest.fixture
def db(tmp_path):
    connection = sqlite3.connect(tmp_path / "test.db")
    yield connection
    connection.close()`,
  ],
  sql: [
    `EXPLAIN ANALYZE
SELECT customer_id, SUM(total) AS revenue
FROM orders
WHERE created_at >= now() - interval '30 days'
GROUP BY customer_id
ORDER BY revenue DESC
LIMIT 20;`,
    `SELECT
  day,
  amount,
  SUM(amount) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total
FROM daily_sales
ORDER BY day;`,
    `CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx
  ON orders (created_at, customer_id);`,
  ],
  bash: [
    `#!/usr/bin/env bash
set -euo pipefail

backup_dir="$HOME/backups"
mkdir -p "$backup_dir"
tar -czf "$backup_dir/site-$(date +%F).tar.gz" ./site
ls -1t "$backup_dir"/site-*.tar.gz | tail -n +8 | xargs -r rm --`,
    `git reflog
git reset --hard HEAD@{2}
git rebase -i --autosquash origin/main`,
    `FROM node:20-slim AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim
COPY --from=build /app/.next/standalone ./
CMD ["node", "server.js"]`,
  ],
  rust: [
    `fn longest<'a>(words: &'a [String]) -> Option<&'a str> {
    words.iter().map(String::as_str).max_by_key(|word| word.len())
}`,
    `let totals: HashMap<String, u32> = entries
    .iter()
    .fold(HashMap::new(), |mut acc, entry| {
        *acc.entry(entry.name.clone()).or_default() += entry.count;
        acc
    });`,
  ],
};

/** Python the code interpreter ran, paired with what it printed. */
export const ANALYSES: readonly { code: string; output: string }[] = [
  {
    code: `import pandas as pd
df = pd.read_csv('/mnt/data/export.csv')
df['date'] = pd.to_datetime(df['date'], format='mixed')
df.groupby(df['date'].dt.month)['value'].agg(['count', 'sum', 'mean']).round(1)`,
    output: `       count     sum   mean
date                        
1         21   412.5   19.6
2         18   377.0   20.9
3         24   529.8   22.1
4         22   498.3   22.7`,
  },
  {
    code: `df.describe()`,
    output: `            value
count  185.000000
mean    21.430811
std      6.912204
min      3.200000
max     42.100000`,
  },
  {
    code: `import matplotlib.pyplot as plt
monthly = df.resample('M', on='date')['value'].sum()
monthly.plot(kind='line', marker='o', title='Monthly total')
plt.tight_layout()
plt.show()`,
    output: `<<ImageDisplayed>>`,
  },
  {
    code: `dupes = df[df.duplicated(keep=False)]
len(df), len(dupes)`,
    output: `(186, 2)`,
  },
];

export function codeFence(language: CodeLanguage, code: string): string {
  return '```' + language + '\n' + code + '\n```';
}

export function codeSample(rng: Rng, language: CodeLanguage): string {
  return rng.pick(SAMPLES[language]);
}
