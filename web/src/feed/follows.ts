import { Store } from '../ui/store';

/**
 * Counts the follows and unfollows the person made in this app, wherever they made them (a feed's
 * follow button, a profile, a followers list): the feeds that depend on whom they follow (Following,
 * Friends) start over when it changes.
 */
export const followChanges = new Store<number>(0);

export function followChanged(): void {
  followChanges.set(followChanges.get() + 1);
}
