// The parts of @mdn/mdn-http-observatory (plain JavaScript, no types) that scripts/observatory.ts uses; it installs the package itself.
declare module '@mdn/mdn-http-observatory/src/scanner/index.js' {
  export function scan(hostname: string): Promise<{
    scan: { score: number; grade: string; statusCode: number };
    tests: Record<string, { result: string; pass: boolean; scoreModifier: number }>;
  }>;
}

declare module '@mdn/mdn-http-observatory/src/grader/grader.js' {
  export function getScoreModifier(expectation: string): number;
  export function getGradeForScore(score: number): { score: number; grade: string };
}

declare module '@mdn/mdn-http-observatory/src/grader/charts.js' {
  export const MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
}
