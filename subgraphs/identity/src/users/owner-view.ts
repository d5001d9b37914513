import type { Viewer } from '@eco/kit';

// Users handed to the caller by register/login/refreshToken, before any token is on the request.
const handedToTheirOwner = new WeakSet<object>();

/**
 * Marks a user object as the caller's own. The mark sits on this object only, so the same
 * user loaded any other way (user(id), _entities) is judged by the token alone.
 */
export function asCallersOwn<T extends object>(user: T): T {
  handedToTheirOwner.add(user);
  return user;
}

/** Whether the viewer is this user: by token, or because the user was just handed to them. */
export function viewerOwns(viewer: Viewer, user: { id: string }): boolean {
  return (viewer.userId !== null && viewer.userId === user.id) || handedToTheirOwner.has(user);
}
