/**
 * The candidates (document numbers) ranked `offset` … `offset + limit - 1`, best first: higher score, then
 * lower number. A bounded min-heap keeps the `offset + limit` best seen so far, so a first page of ten out
 * of 70,000 matches costs one pass and no sort of the whole set; only the page is taken out of the heap.
 */
export function rankedPage(
  candidates: Int32Array,
  count: number,
  scores: Float64Array,
  offset: number,
  limit: number,
): number[] {
  const size = Math.min(offset + limit, count);
  if (size <= offset) return [];
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap = new Int32Array(size);
  const siftDown = (from: number, length: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= length) return;
      const right = left + 1;
      const child = right < length && worse(heap[right]!, heap[left]!) ? right : left;
      if (!worse(heap[child]!, heap[i]!)) return;
      const held = heap[i]!;
      heap[i] = heap[child]!;
      heap[child] = held;
      i = child;
    }
  };
  for (let i = 0; i < size; i++) heap[i] = candidates[i]!;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(i, size);
  let worst = heap[0]!;
  for (let i = size; i < count; i++) {
    const candidate = candidates[i]!;
    if (scores[candidate]! > scores[worst]! || (scores[candidate] === scores[worst] && candidate < worst)) {
      heap[0] = candidate;
      siftDown(0, size);
      worst = heap[0]!;
    }
  }
  // The root is the worst kept: taking out size - offset of them yields the page, worst first.
  const page = new Array<number>(size - offset);
  for (let length = size; length > offset; length--) {
    page[length - 1 - offset] = heap[0]!;
    heap[0] = heap[length - 1]!;
    siftDown(0, length - 1);
  }
  return page;
}
