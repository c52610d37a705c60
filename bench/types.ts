// The shape every benchmark section returns, so bench/index.ts can print and save them alike.
export type BenchRow = Record<string, string | number>;

export interface BenchSection {
  title: string;
  rows: BenchRow[];
}
