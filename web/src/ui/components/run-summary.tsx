import { formatDate, formatPrices, termName } from '@/lib/format';
import { deliveryLabels, labelList, levelLabels } from '@/lib/labels';
import type { LearningResourceDetail } from '@/lib/learning-resources';
import { DateText } from '../atoms/date-text';
import { InlineList } from '../atoms/inline-list';
import { FactList } from './fact-list';

type Run = LearningResourceDetail['runs'][number];

/**
 * One run of a course or program: named by its term (or its start date), with its dates, enrollment deadline,
 * prices, instructors, delivery and levels.
 * @example <RunSummary run={resource.runs[0]} />
 */
export function RunSummary({ run }: { run: Run }) {
  return (
    <article className="run-summary">
      <h3>{runName(run)}</h3>
      <FactList
        facts={[
          {
            term: 'Dates',
            value: run.startDate || run.endDate ? <RunDates start={run.startDate} end={run.endDate} /> : null,
          },
          {
            term: 'Enrollment deadline',
            value: run.enrollmentEnd ? <DateText value={run.enrollmentEnd} /> : null,
          },
          { term: 'Price', value: formatPrices(false, run.prices) },
          { term: 'Instructors', value: run.instructors.length > 0 ? <InlineList items={run.instructors} /> : null },
          { term: 'Delivery', value: labelList(deliveryLabels, run.delivery) },
          { term: 'Level', value: labelList(levelLabels, run.levels) },
        ]}
      />
    </article>
  );
}

function runName(run: Run): string {
  const start = run.startDate ? formatDate(run.startDate) : undefined;
  return termName(run.semester, run.year) ?? (start ? `Starting ${start}` : (run.title ?? 'Session'));
}

function RunDates({ start, end }: { start: string | null; end: string | null }) {
  if (start && end) {
    return (
      <>
        <DateText value={start} /> to <DateText value={end} />
      </>
    );
  }
  if (start) {
    return (
      <>
        Starts <DateText value={start} />
      </>
    );
  }
  if (end) {
    return (
      <>
        Ends <DateText value={end} />
      </>
    );
  }
  return null;
}
