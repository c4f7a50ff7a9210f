import { emptyRun, type RunInput } from '../../resource-input.js';
import { parseDate } from '../parse/dates.js';
import { parseDelivery } from '../parse/delivery.js';
import { parsePrices } from '../parse/money.js';
import { cleanText, splitList } from '../parse/text.js';
import { type MitpeResource, plain, positions } from './resource.js';

/** Digits of a date, as MITPE writes them into run ids ("2023-07-06" → "20230706"). */
const digits = (value: string | undefined) => (value ?? '').replace(/\D/g, '');

/**
 * One run per position of the `|`-separated run fields (id, start, end, enrolment end), each with the
 * resource's price, delivery and instructors (lead instructors first). A run the export dates but does not
 * name gets the id MITPE itself gives its runs: the node id followed by the start and end dates.
 *
 * @example
 * const runs = runsOf(resource, 'Design-Thinking and Innovation for Technical Leaders', url);
 */
export function runsOf(resource: MitpeResource, title: string, url: string): RunInput[] {
  const ids = positions(resource.run__readable_id);
  const starts = positions(resource.start_date);
  const ends = positions(resource.end_date);
  const enrollmentEnds = positions(resource.enrollment_end_date);
  const count = Math.max(ids.length, starts.length, ends.length, enrollmentEnds.length);
  const prices = parsePrices(resource.price);
  const delivery = parseDelivery(resource.learning_format);
  const names = [...splitList(resource.lead_instructors), ...splitList(resource.instructors)].map(plain);
  const instructors = [...new Set(names.filter((name) => name !== null))];
  const node = cleanText(resource.node_id) ?? resource.uuid.trim();
  const runs: RunInput[] = [];
  for (let index = 0; index < count; index += 1) {
    const [start, end, enrollmentEnd] = [starts[index], ends[index], enrollmentEnds[index]];
    const runId = ids[index] || (start || end ? `${node}${digits(start)}${digits(end)}` : '');
    if (!runId) continue;
    runs.push({
      ...emptyRun(runId),
      title,
      url,
      startDate: parseDate(start),
      endDate: parseDate(end),
      enrollmentEnd: parseDate(enrollmentEnd),
      prices,
      delivery,
      instructors,
    });
  }
  return runs;
}
