/**
 * A seeded pseudo-random generator (mulberry32), so the same seed and size always give byte-identical
 * benchmark data: results can be compared across runs and machines.
 */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** A generator of its own for one concern, so adding draws in one place does not reshuffle another. */
  fork(label: string): Random {
    let hash = this.state ^ 0x9e3779b9
    for (let index = 0; index < label.length; index += 1) {
      hash = Math.imul(hash ^ label.charCodeAt(index), 0x85ebca6b)
    }
    return new Random(hash)
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** Lowercase hex digits, as in AWS ids and audit ids. */
  hex(length: number): string {
    let text = ''
    while (text.length < length)
      text += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0')
    return text.slice(0, length)
  }

  uuid(): string {
    const hex = this.hex(32)
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`
  }
}
