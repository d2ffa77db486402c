/**
 * Promises kept in memory by key, at most `limit` of them: the oldest made goes first (a Map
 * iterates in insertion order). A failed promise is not kept, so the next ask tries again.
 */
export class MemoryCache<V> {
  private readonly entries = new Map<string, Promise<V>>();

  constructor(private readonly limit: number) {}

  get(key: string, make: () => Promise<V>): Promise<V> {
    let value = this.entries.get(key);
    if (!value) {
      value = make();
      this.entries.set(key, value);
      value.catch(() => this.entries.delete(key));
      if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    }
    return value;
  }
}
