// natural is imported by deep module paths (its root loads .env and prints to stdout); these paths
// ship no types of their own.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  export default function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
}
declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  export default class DoubleMetaphone {
    process(word: string): [string, string];
  }
}
