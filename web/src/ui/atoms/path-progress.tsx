/**
 * How far the learner is through a path: a native progress bar with its label, and the count in words.
 * @example <PathProgress done={2} total={5} percent={40} />
 */
export function PathProgress({ done, total, percent }: { done: number; total: number; percent: number }) {
  return (
    <div className="path-progress">
      <label htmlFor="path-progress">Your progress</label>
      <progress id="path-progress" max={100} value={percent}>
        {percent}%
      </progress>
      <span>
        {done} of {total} done ({percent}%)
      </span>
    </div>
  );
}
