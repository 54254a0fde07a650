// Precision, recall and F1 over sets of offsets or spans.

export class Counts {
  tp = 0
  fp = 0
  fn = 0
  add(gold, predicted) {
    const g = new Set(gold)
    const p = new Set(predicted)
    for (const x of p)
      if (g.has(x)) this.tp++
      else this.fp++
    for (const x of g) if (!p.has(x)) this.fn++
  }
  get precision() {
    return this.tp / (this.tp + this.fp || 1)
  }
  get recall() {
    return this.tp / (this.tp + this.fn || 1)
  }
  get f1() {
    const { precision: p, recall: r } = this
    return p + r === 0 ? 0 : (2 * p * r) / (p + r)
  }
}

/** Sentence ends (after trimming trailing white space) as offsets. */
export function sentenceEnds(text, spans) {
  return spans.map(([start, end]) => {
    let e = end
    while (e > start && /\s/.test(text[e - 1])) e--
    return e
  })
}

export const spanKeys = (spans) => spans.map((s) => (Array.isArray(s) ? `${s[0]}:${s[1]}` : `${s.start}:${s.end}`))

export const pct = (x) => (100 * x).toFixed(2)

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Whether a figure (in %) is below its floor. Floors are written with two decimals, as the
 * figures are printed, so the figure is compared rounded the same way.
 */
export const belowFloor = (figure, floor) => Math.round(figure * 100) / 100 < floor
