import type { Level } from '../../resource-input.js';

const levels: Record<string, Level> = {
  'high school': 'HIGH_SCHOOL',
  undergraduate: 'UNDERGRADUATE',
  graduate: 'GRADUATE',
  'non-credit': 'NONCREDIT',
  noncredit: 'NONCREDIT',
  introductory: 'INTRODUCTORY',
  beginner: 'INTRODUCTORY',
  intermediate: 'INTERMEDIATE',
  advanced: 'ADVANCED',
};

/** Our levels for a provider's level words ("Undergraduate", "Graduate, Undergraduate"); unknown words are dropped. */
export function parseLevels(value: string | null | undefined): Level[] {
  const words = (value ?? '').split(/[,;/|]/).map((word) => word.trim().toLowerCase());
  return [...new Set(words.map((word) => levels[word]).filter((level): level is Level => level !== undefined))];
}
