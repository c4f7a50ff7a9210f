export interface ScoredMember {
  readonly member: string;
  readonly score: number;
}

/**
 * A sorted set: members ordered by score, then by member bytes (Redis's skiplist order), with a
 * map for score lookups. A sorted array stands in for the skiplist: inserts cost O(n), which suits
 * the small sets the platform keeps (rate-limit windows), and ranks are plain indexes.
 */
export class SortedSet {
  private readonly scores = new Map<string, number>();
  private readonly ordered: ScoredMember[] = [];

  get size(): number {
    return this.ordered.length;
  }

  score(member: string): number | undefined {
    return this.scores.get(member);
  }

  set(member: string, score: number): void {
    if (this.scores.has(member)) this.delete(member);
    this.scores.set(member, score);
    this.ordered.splice(
      this.firstIndex((entry) => compare(entry, member, score) >= 0),
      0,
      { member, score },
    );
  }

  delete(member: string): boolean {
    const score = this.scores.get(member);
    if (score === undefined) return false;
    this.scores.delete(member);
    this.ordered.splice(
      this.firstIndex((entry) => compare(entry, member, score) >= 0),
      1,
    );
    return true;
  }

  /** The first index whose entry satisfies `predicate`, which must be false up to some index and true after it. */
  firstIndex(predicate: (entry: ScoredMember) => boolean): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = this.ordered[middle];
      if (entry !== undefined && predicate(entry)) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  slice(start: number, end: number): ScoredMember[] {
    return this.ordered.slice(start, end);
  }
}

function compare(entry: ScoredMember, member: string, score: number): number {
  if (entry.score !== score) return entry.score < score ? -1 : 1;
  if (entry.member === member) return 0;
  return entry.member < member ? -1 : 1;
}
