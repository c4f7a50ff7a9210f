import type { Random } from './random.js';

/** Writes new titles that read like the real ones they were learned from. */
export interface TitleChain {
  next(random: Random): string;
}

const start = '\u0000start';
const end = '\u0000end';
const limits = { minWords: 2, maxWords: 14, maxLength: 120, attempts: 8 };

/**
 * A word-level Markov chain over real titles: each word follows one that followed it in a real title,
 * as often as it did, so every word of a generated title is a word of the bundled data and the phrases
 * are real ones ("Introduction to", "Machine Learning") recombined. A walk that runs too long or too
 * short is retried; after a few failed walks a real title is used as it is.
 *
 * @example
 * const chain = createTitleChain(['Introduction to Algorithms', 'Introduction to Probability']);
 * chain.next(createRandom(1)); // "Introduction to Probability" or "Introduction to Algorithms"
 */
export function createTitleChain(titles: readonly string[]): TitleChain {
  if (titles.length === 0) throw new Error('a title chain needs at least one title');
  const followers = new Map<string, string[]>();
  const follow = (word: string, next: string) => {
    const list = followers.get(word);
    if (list) list.push(next);
    else followers.set(word, [next]);
  };
  for (const title of titles) {
    let previous = start;
    for (const word of title.split(/\s+/).filter(Boolean)) {
      follow(previous, word);
      previous = word;
    }
    if (previous !== start) follow(previous, end);
  }
  return {
    next(random) {
      for (let attempt = 0; attempt < limits.attempts; attempt += 1) {
        const words: string[] = [];
        let word = random.pick(followers.get(start) ?? [end]);
        while (word !== end && words.length <= limits.maxWords) {
          words.push(word);
          word = random.pick(followers.get(word) ?? [end]);
        }
        const title = words.join(' ');
        if (word === end && words.length >= limits.minWords && title.length <= limits.maxLength) return title;
      }
      return random.pick(titles).trim();
    },
  };
}
