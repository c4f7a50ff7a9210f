import { z } from 'zod';
import { parseDate } from '../parse/dates.js';
import { htmlToText, splitList } from '../parse/text.js';

/** A `|`-separated list by position: "2123-07-17|" is two runs, the second without a date. */
export const positions = (value: string | null | undefined) =>
  value?.trim() ? value.split('|').map((item) => item.trim()) : [];

const dates = z
  .string()
  .nullish()
  .refine((value) => positions(value).every((item) => !item || parseDate(item)), 'dates (YYYY-MM-DD) separated by |');

const text = z.string().nullish();

/** One record of the MITPE resources export: flat strings, lists separated by `|`. */
export const resourceSchema = z.object({
  uuid: z.string().trim().min(1, 'a uuid'),
  title: z.string().trim().min(1, 'a non-empty title'),
  url: z.string().trim().min(1, 'the page path'),
  node_id: text,
  description: text,
  learning_format: text,
  resource_type: z
    .string()
    .nullish()
    .refine(
      (value) => ['', 'course', 'program'].includes(value?.trim().toLowerCase() ?? ''),
      '"course", "program" or empty',
    ),
  course_certificate: text,
  topics: text,
  image__src: text,
  image__alt: text,
  courses: text,
  run__readable_id: text,
  start_date: dates,
  end_date: dates,
  enrollment_end_date: dates,
  price: text,
  lead_instructors: text,
  instructors: text,
  language: text,
  location: text,
  duration: text,
});
export type MitpeResource = z.infer<typeof resourceSchema>;

/**
 * Plain text from an export field. MITPE encodes some entities twice ("&amp;amp;"), so the text is decoded
 * until it stops changing.
 *
 * @example
 * plain('Mastering Innovation &amp;amp; Design-Thinking'); // 'Mastering Innovation & Design-Thinking'
 */
export function plain(value: string | null | undefined): string | null {
  let current = htmlToText(value);
  for (let pass = 0; pass < 2 && current; pass += 1) {
    const next = htmlToText(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Whether a record is a program, by MIT Learn's rule: an explicit `resource_type` wins; otherwise only
 * courses award a "Certificate of Completion". Takes unvalidated fields, as programs are told apart
 * before their records are checked.
 *
 * @example
 * isProgram('', 'Digital Transformation|Certificate of Completion'); // false
 */
export function isProgram(resourceType: unknown, courseCertificate: unknown): boolean {
  const type = typeof resourceType === 'string' ? resourceType.trim().toLowerCase() : '';
  if (type) return type === 'program';
  const certificates = typeof courseCertificate === 'string' ? splitList(courseCertificate) : [];
  return !certificates.includes('Certificate of Completion');
}
