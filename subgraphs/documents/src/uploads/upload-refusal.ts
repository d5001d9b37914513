import type { HttpProblemCode } from '../shared/http-problems';

/** Why an upload is refused, with its HTTP status: thrown from the stream checks, answered by the route. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpProblemCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${status} ${code}`);
    this.name = 'UploadRefusal';
  }
}
