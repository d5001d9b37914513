/** The API's refusal as one error whose text is its coded messages (ErrorMessage shows it). */
export function userErrorsProblem(errors: readonly { message: string }[]): Error {
  return new Error(errors.map((e) => e.message).join('; '));
}
