import { useEffect, useState } from 'preact/hooks';
import type { ReadingStats } from '@/lib/messaging/requests/library-stats';
import { sendRequest } from '@/lib/messaging/send-request';
import { RANGES } from '@/lib/settings/values';
import { formatCount, formatDuration } from '../format';
import { useLibraryChanges } from '../useLibraryChanges';
import { BarChart } from './BarChart';

/** Props of StatsPage. */
export interface StatsPageProps {
  readingSpeed: number;
  onReadingSpeed: (wpm: number) => void;
}

const day = (start: string) => new Date(`${start}T12:00`);
const weekLabel = (start: string) =>
  day(start).toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
const monthLabel = (start: string) => day(start).toLocaleDateString('en-GB', { month: 'short' });
const words = (n: number) => `${formatCount(n)} words`;
const hours = (ms: number) => formatDuration(ms);

/** "Your reading, in numbers": words and time per week and month, works finished, speed. */
export function StatsPage({ readingSpeed, onReadingSpeed }: StatsPageProps) {
  const [stats, setStats] = useState<ReadingStats | null>(null);
  const load = () =>
    void sendRequest({ type: 'library/stats' }).then((r) => r.ok && setStats(r.stats));
  useEffect(load, []);
  useLibraryChanges(load);
  if (!stats) return null;
  const { totals, speed } = stats;
  const measured =
    speed && Math.min(RANGES.readingSpeed[1], Math.max(RANGES.readingSpeed[0], speed.wpm));
  return (
    <section aria-labelledby="stats-title" class="stats">
      <h1 id="stats-title">Your reading, in numbers</h1>
      <dl class="totals">
        <div class="card">
          <dt>Words read</dt>
          <dd>{formatCount(totals.words)}</dd>
        </div>
        <div class="card">
          <dt>Time reading</dt>
          <dd>{formatDuration(totals.activeMs)}</dd>
        </div>
        <div class="card">
          <dt>Works finished</dt>
          <dd>{formatCount(totals.finished)}</dd>
        </div>
        <div class="card">
          <dt>Days you read</dt>
          <dd>{formatCount(totals.days)}</dd>
        </div>
      </dl>
      <div class="card speed" data-testid="speed">
        <h2>Your reading speed</h2>
        {measured ? (
          <>
            <p>
              About <strong>{measured} words a minute</strong>, measured from{' '}
              {formatDuration(speed.minutes * 60_000)} of your own reading in the last three months.
              Time-left estimates use {readingSpeed} words a minute.
            </p>
            {measured !== readingSpeed && (
              <button type="button" class="btn primary" onClick={() => onReadingSpeed(measured)}>
                Use {measured} words a minute for time left
              </button>
            )}
          </>
        ) : (
          <p>
            After a few sessions in the reader, your own speed appears here. Time-left estimates use{' '}
            {readingSpeed} words a minute until then.
          </p>
        )}
      </div>
      <div class="charts">
        <BarChart
          title="Words per week"
          bars={stats.weeks.map((w) => ({ label: weekLabel(w.start), value: w.words }))}
          format={words}
          labelEvery={2}
        />
        <BarChart
          title="Time per week"
          bars={stats.weeks.map((w) => ({ label: weekLabel(w.start), value: w.activeMs }))}
          format={hours}
          labelEvery={2}
        />
        <BarChart
          title="Words per month"
          bars={stats.months.map((m) => ({ label: monthLabel(m.start), value: m.words }))}
          format={words}
        />
        <BarChart
          title="Works finished per month"
          bars={stats.months.map((m) => ({ label: monthLabel(m.start), value: m.finished }))}
          format={(n) => `${n} finished`}
        />
      </div>
    </section>
  );
}
