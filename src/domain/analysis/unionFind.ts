/** Disjoint sets over string ids, with path halving and union by size. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly size = new Map<string, number>();

  /** The representative of `id`'s set (adds `id` as a singleton when new). */
  find(id: string): string {
    if (!this.parent.has(id)) {
      this.parent.set(id, id);
      this.size.set(id, 1);
      return id;
    }
    let x = id;
    for (let p = this.parent.get(x) as string; p !== x; p = this.parent.get(x) as string) {
      const grand = this.parent.get(p) as string;
      this.parent.set(x, grand);
      x = grand;
    }
    return x;
  }

  /** Merges the sets of a and b. */
  union(a: string, b: string): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if ((this.size.get(ra) as number) < (this.size.get(rb) as number)) [ra, rb] = [rb, ra];
    this.parent.set(rb, ra);
    this.size.set(ra, (this.size.get(ra) as number) + (this.size.get(rb) as number));
  }

  /** Every set, as arrays of ids in insertion order. */
  groups(): string[][] {
    const byRoot = new Map<string, string[]>();
    for (const id of this.parent.keys()) {
      const root = this.find(id);
      const group = byRoot.get(root) ?? [];
      group.push(id);
      byRoot.set(root, group);
    }
    return [...byRoot.values()];
  }
}
