/** One problem in a data pack, located at a file and line. */
export interface PackProblem {
  file: string;
  line: number;
  message: string;
}

export function formatProblem(p: PackProblem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Thrown when a pack is invalid; carries every problem found, not only the first. */
export class PackError extends Error {
  constructor(readonly problems: PackProblem[]) {
    super(
      `The data pack has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
    this.name = 'PackError';
  }
}
