// The two refiner shapes every stage uses after its recognizers (after chrono's abstractRefiners):
// a Filter drops candidates, a Merger joins neighbours given the text between them.
import type { Span } from './document.js';

export interface Refiner<T> {
  readonly name: string;
  refine(items: readonly T[], text: string): T[];
}

export abstract class Filter<T> implements Refiner<T> {
  abstract readonly name: string;
  abstract isValid(item: T, text: string, all: readonly T[]): boolean;
  refine(items: readonly T[], text: string): T[] {
    return items.filter((item) => this.isValid(item, text, items));
  }
}

export abstract class Merger<T extends Span> implements Refiner<T> {
  abstract readonly name: string;
  abstract shouldMerge(left: T, right: T, textBetween: string): boolean;
  abstract merge(left: T, right: T, text: string): T;
  refine(items: readonly T[], text: string): T[] {
    const out: T[] = [];
    for (const item of items) {
      const last = out[out.length - 1];
      if (last && last.end <= item.start && this.shouldMerge(last, item, text.slice(last.end, item.start))) {
        out[out.length - 1] = this.merge(last, item, text);
      } else out.push(item);
    }
    return out;
  }
}

export const applyRefiners = <T>(items: readonly T[], refiners: readonly Refiner<T>[], text: string): T[] =>
  refiners.reduce<T[]>((acc, r) => r.refine(acc, text), [...items]);
