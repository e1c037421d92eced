type UnsignedArray = Uint8Array | Uint16Array | Uint32Array;

/** A typed array that grows as values are pushed: millions of postings without millions of JS numbers. */
export class GrowableArray<T extends UnsignedArray> {
  private values: T;
  length = 0;

  constructor(private readonly allocate: (length: number) => T) {
    this.values = allocate(1024);
  }

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = this.allocate(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  /** The pushed values, in a typed array of their exact length. */
  toArray(): T {
    return this.values.slice(0, this.length) as T;
  }
}
