/** What a mutation answered: its userErrors (empty or missing when it succeeded). */
export type UserErrors = readonly { message: string }[] | undefined;

/**
 * Runs one of the page's mutations: its refusal (the API's coded message) or failure is shown,
 * success is announced and the lists reloaded. Resolves whether it succeeded.
 */
export type Act = (run: () => Promise<UserErrors>, done: string) => Promise<boolean>;
