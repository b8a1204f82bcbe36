import { session } from '../auth/session';
import { FeedModel } from './FeedModel';
import { followChanges } from './follows';
import { forYou, following, friends, type FeedSource } from './sources';

/**
 * The feed tabs' lists, kept while the app runs so a tab comes back where it was left. Signing in
 * or out changes what every feed should contain, so they start over then.
 */
const models = new Map<string, FeedModel>();

export function modelFor(source: FeedSource): FeedModel {
  followSession();
  let model = models.get(source.key);
  if (!model) {
    model = new FeedModel(source);
    models.set(source.key, model);
  }
  return model;
}

export const tabs = { 'for-you': forYou, following, friends } as const;

/**
 * The feed module hears of a follow from an event published when the follow's transaction commits,
 * so a page asked for the same instant may not hold the new creator yet: the lists are asked for a
 * moment after the follow, and once more a little later for a server under load.
 */
const FOLLOW_SETTLE_MS = [500, 2500];

let watchingSession = false;

/** Watches who is signed in from the first feed asked for on (not from when the module loads). */
function followSession(): void {
  if (watchingSession) return;
  watchingSession = true;
  let who = session.get()?.user.user_id ?? null;
  session.subscribe((value) => {
    const now = value?.user.user_id ?? null;
    if (now === who) return;
    who = now;
    for (const model of models.values()) model.dispose();
    models.clear();
  });
  // A follow or unfollow changes what Following and Friends hold: lists already loaded start over
  // (one not loaded yet loads the new state when it is first shown).
  followChanges.subscribe(() => {
    for (const delay of FOLLOW_SETTLE_MS) {
      window.setTimeout(() => {
        for (const source of [following, friends]) {
          const model = models.get(source.key);
          if (model?.started) void model.refresh({ onlyIfChanged: true });
        }
      }, delay);
    }
  });
}

/**
 * Following and Friends start over each time their tab is opened when the people followed posted
 * since (else the person keeps their place); For You keeps its place.
 */
export function opened(tab: keyof typeof tabs): FeedModel {
  const model = modelFor(tabs[tab]);
  if (tab !== 'for-you' && model.started) void model.refresh({ onlyIfChanged: true });
  return model;
}
