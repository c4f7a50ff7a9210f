import { z } from 'zod';
import { type Delivery, emptyRun, type Format, type PriceInput, type RunInput } from '../../resource-input.js';
import { parseDate } from '../parse/dates.js';
import { parseDelivery } from '../parse/delivery.js';
import { parsePrices } from '../parse/money.js';
import { cleanText, splitList } from '../parse/text.js';

const date = z.string().refine((value) => parseDate(value) !== null, 'a date');
const amount = z.string().regex(/^\d+(\.\d+)?$/, 'a decimal amount');

/** One record of Sloan's runs ("course offerings") file. */
export const runSchema = z
  .object({
    CO_Title: z.string().trim().min(1, 'a run title'),
    Start_Date: date.nullish(),
    End_Date: date.nullish(),
    Delivery: z.string().nullish(),
    Format: z.string().nullish(),
    Duration: z.string().nullish(),
    Time_Commitment: z.string().nullish(),
    Location: z.string().nullish(),
    Price: amount.nullish(),
    'Tuition_Cost(non-USD)': amount.nullish(),
    Currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CHF')
      .nullish(),
    Faculty_Name: z.string().nullish(),
  })
  .refine((run) => !run['Tuition_Cost(non-USD)'] || run.Currency, {
    message: 'the currency of the non-USD tuition',
    path: ['Currency'],
  });
type SloanRun = z.infer<typeof runSchema>;

/** A run as the model takes it, with what the model keeps per course rather than per run. */
export interface MappedRun {
  run: RunInput;
  location: string | null;
  duration: string | null;
  timeCommitment: string | null;
}

/** Sloan's placeholders for "no place": online runs say "Online" or "N/A", blended ones sometimes "Blended". */
const notPlaces = new Set(['online', 'n/a', 'blended']);

/** Pace and format as MIT Learn reads Sloan's runs: only online on-demand runs are self-paced. */
function paceAndFormat(format: string | null | undefined, delivery: Delivery[]): Pick<RunInput, 'pace' | 'format'> {
  const onDemand = delivery.length === 1 && delivery[0] === 'ONLINE' && format === 'Asynchronous (On-Demand)';
  let formats: Format[] = format?.includes('Asynchronous') ? ['ASYNCHRONOUS'] : ['SYNCHRONOUS'];
  if (delivery.includes('IN_PERSON')) formats = ['SYNCHRONOUS'];
  if (delivery.includes('HYBRID')) formats = ['SYNCHRONOUS', 'ASYNCHRONOUS'];
  return { pace: [onDemand ? 'SELF_PACED' : 'INSTRUCTOR_PACED'], format: formats };
}

/** The tuition in US dollars, then in the local currency when Sloan states one (e.g. CHF in Lausanne). */
const pricesOf = (run: SloanRun): PriceInput[] => [
  ...parsePrices(run.Price),
  ...(run.Currency ? parsePrices(run['Tuition_Cost(non-USD)'], run.Currency) : []),
];

/**
 * Maps one Sloan run of a course: `CO_Title` ("DSI 5-4-2025") is its id, the course gives title and page,
 * faculty names are comma-separated, and a location is kept only where the run happens somewhere.
 *
 * @example
 * const { run, location } = mapRun(runSchema.parse(record), { title: 'Driving Strategic Innovation', url });
 */
export function mapRun(run: SloanRun, course: { title: string; url: string }): MappedRun {
  const delivery = parseDelivery(run.Delivery);
  const online = delivery.length === 1 && delivery[0] === 'ONLINE';
  const location = cleanText(run.Location);
  return {
    run: {
      ...emptyRun(run.CO_Title.trim()),
      title: course.title,
      url: course.url,
      startDate: parseDate(run.Start_Date),
      endDate: parseDate(run.End_Date),
      prices: pricesOf(run),
      delivery,
      ...paceAndFormat(run.Format, delivery),
      instructors: splitList(run.Faculty_Name, ','),
    },
    location: !online && location && !notPlaces.has(location.toLowerCase()) ? location : null,
    duration: cleanText(run.Duration),
    timeCommitment: cleanText(run.Time_Commitment),
  };
}
