import { z } from 'zod';
import { parseLanguage } from '../parse/language.js';

/** Columns the mapping reads; a CSV without them is not the OLL catalogue (or its layout changed). */
export const requiredColumns = [
  'OLL Course',
  'MITxO Primary Child',
  'MITxO Adopted Secondary Child',
  'Instructor 1',
  'Level',
  'Offered by',
  'Language',
  'readable_id',
  'title',
  'url',
  'description',
  'published',
  'Duration',
  'Student Effort',
  'Course Image URL Flat',
];

const httpUrl = z.url({ protocol: /^https?$/, message: 'an http(s) URL' });

/** A spreadsheet number: blank for none, else digits (with a decimal part when `decimals`). */
const quantity = (message: string, decimals: boolean) =>
  z
    .string()
    .trim()
    .regex(decimals ? /^(\d+(\.\d+)?)?$/ : /^\d*$/, message)
    .transform((value) => (value ? Number(value) : null));

/**
 * One row of MIT Learn's OLL metadata sheet, keyed by its (trimmed) column names. Cells are text; this
 * schema reads the ones the catalog maps and turns them into values, naming the column when one is off.
 */
export const courseRowSchema = z.object({
  'OLL Course': z.string().trim(),
  readable_id: z
    .string()
    .trim()
    .regex(/^[^+\s]+\+[^+\s]+(\+[^+\s]+)?$/, 'an edX course key such as "MITx+18.01.1x+2T2019"'),
  title: z.string().trim().min(1, 'a non-empty title'),
  url: z.string().trim().pipe(httpUrl),
  description: z.string(),
  published: z
    .string()
    .trim()
    .toUpperCase()
    .pipe(z.enum(['YES', 'NO'], 'YES or NO')),
  'Offered by': z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['mitx', 'ocw'], 'MITx or OCW')),
  Level: z.string(),
  Language: z
    .string()
    .trim()
    .transform((name, context) => {
      if (!name) return null;
      const code = parseLanguage(name);
      if (!code) context.addIssue({ code: 'custom', message: `a language name or ISO 639 code, not "${name}"` });
      return code;
    }),
  Duration: quantity('a whole number of weeks', false),
  'Student Effort': quantity('a number of hours per week', true),
  'Course Image URL Flat': z
    .string()
    .trim()
    .pipe(z.union([z.literal(''), httpUrl], 'an http(s) URL or blank')),
  'MITxO Primary Child': z.string(),
  'MITxO Adopted Secondary Child': z.string(),
});

export type CourseRow = z.infer<typeof courseRowSchema>;
