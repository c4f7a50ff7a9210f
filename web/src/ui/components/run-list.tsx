import type { LearningResourceDetail } from '@/lib/learning-resources';
import { RunSummary } from './run-summary';

/**
 * A resource's runs, latest start first as the catalog gives them, under one heading; nothing when it has none.
 * @example <RunList runs={resource.runs} />
 */
export function RunList({ runs }: { runs: LearningResourceDetail['runs'] }) {
  if (runs.length === 0) return null;
  return (
    <section className="run-list" aria-labelledby="runs-title">
      <h2 id="runs-title">Sessions</h2>
      <ul>
        {runs.map((run) => (
          <li key={run.runId}>
            <RunSummary run={run} />
          </li>
        ))}
      </ul>
    </section>
  );
}
