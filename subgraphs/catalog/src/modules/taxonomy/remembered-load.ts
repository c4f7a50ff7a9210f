/**
 * A load run once and its promise remembered, until it fails (the next call loads again) or the value it
 * settled to is forgotten.
 *
 * @example
 * const topics = rememberedLoad(() => db.topic.findMany());
 * await topics.get(); // read
 * await topics.get(); // remembered
 */
export function rememberedLoad<T>(load: () => Promise<T>) {
  let remembered: Promise<T> | undefined;
  let settled: { value: T } | undefined;
  return {
    get(): Promise<T> {
      if (remembered) return remembered;
      const loading = load();
      remembered = loading;
      loading.then(
        (value) => {
          if (remembered === loading) settled = { value };
        },
        () => {
          if (remembered === loading) remembered = undefined;
        },
      );
      return loading;
    },
    /** Forgets `stale`, unless a newer load has replaced it already. */
    forget(stale: T): void {
      if (!settled || settled.value !== stale) return;
      remembered = undefined;
      settled = undefined;
    },
  };
}
